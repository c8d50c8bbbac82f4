package io.pylon.generator;

import io.pylon.account.Classification;
import io.pylon.account.Sector;
import java.util.List;

/**
 * A generated agency account as planned, before it is written: its place in the plan ({@code index}) and id, name,
 * country, kind, sectors, parent (a ministry of its country, or none), classification, team, how it pays, and its
 * {@code weight}: how much business it brings, which spreads over orders of magnitude as in a real portfolio.
 */
record Agency(int index, long id, String name, Country country, AgencyKind kind, List<Sector> sectors, Long parentId,
              Classification classification, Team team, PaymentHabit paymentHabit, double weight) {
}
