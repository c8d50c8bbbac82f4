package io.pylon.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The 5x5 heat map of a register's open risks: how many sit on each probability x impact cell, every cell present,
 * the most likely row first as the map is drawn.
 */
public record RiskHeatMap(List<Cell> cells) {

    public record Cell(int probability, int impact, long risks) {

        public int score() {
            return probability * impact;
        }

        public RiskSeverity severity() {
            return RiskSeverity.of(score());
        }
    }

    public static RiskHeatMap of(Map<RiskRating, Long> openRisksPerRating) {
        List<Cell> cells = new ArrayList<>();
        for (int probability = RiskRating.MAX; probability >= RiskRating.MIN; probability--) {
            for (int impact = RiskRating.MIN; impact <= RiskRating.MAX; impact++) {
                cells.add(new Cell(probability, impact,
                        openRisksPerRating.getOrDefault(new RiskRating(probability, impact), 0L)));
            }
        }
        return new RiskHeatMap(List.copyOf(cells));
    }

    public long openRisks() {
        return cells.stream().mapToLong(Cell::risks).sum();
    }

    /** Open risks per severity band, the figure a portfolio adds up. */
    public long risksOf(RiskSeverity severity) {
        return cells.stream().filter(cell -> cell.severity() == severity).mapToLong(Cell::risks).sum();
    }
}
