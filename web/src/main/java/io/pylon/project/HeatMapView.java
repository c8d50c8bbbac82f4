package io.pylon.project;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The 5x5 heat map of a project's open risks: 25 cells, probability 5 first and impact 1 first within it, each
 * with its score, severity and number of open risks; the total and the count per severity.
 */
public record HeatMapView(List<CellView> cells, long openRisks, Map<RiskSeverity, Long> bySeverity) {

    public record CellView(int probability, int impact, int score, RiskSeverity severity, long risks) {
    }

    static HeatMapView of(RiskHeatMap map) {
        return new HeatMapView(map.cells().stream().map(cell -> new CellView(cell.probability(), cell.impact(),
                cell.score(), cell.severity(), cell.risks())).toList(), map.openRisks(),
                Stream.of(RiskSeverity.values()).collect(Collectors.toMap(Function.identity(), map::risksOf,
                        (a, b) -> a, () -> new EnumMap<>(RiskSeverity.class))));
    }
}
