package io.pylon.portfolio;

import io.pylon.account.Classification;
import io.pylon.account.Sector;
import io.pylon.account.Tier;
import io.pylon.country.Region;
import io.pylon.project.Phase;
import io.pylon.shared.CountryCode;
import java.util.Collections;
import java.util.Set;

/**
 * Which accounts a portfolio view shows; an empty set does not filter. Several values of one filter admit any of
 * them; several filters must all admit the account. An account is in a sector when that is one of its sectors, has
 * an account manager when that user leads its team, and is in a phase when one of its live projects is.
 */
public record PortfolioFilter(Set<CountryCode> countries, Set<Region> regions, Set<Sector> sectors, Set<Tier> tiers,
                              Set<Classification> classifications, Set<String> accountManagers, Set<Phase> phases) {

    public static final PortfolioFilter NONE = new PortfolioFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of());

    public boolean isEmpty() {
        return countries.isEmpty() && regions.isEmpty() && sectors.isEmpty() && tiers.isEmpty()
                && classifications.isEmpty() && accountManagers.isEmpty() && phases.isEmpty();
    }

    public boolean admits(AccountFacts account) {
        return (countries.isEmpty() || countries.contains(account.country()))
                && (regions.isEmpty() || account.region().filter(regions::contains).isPresent())
                && (sectors.isEmpty() || !Collections.disjoint(sectors, account.sectors()))
                && (tiers.isEmpty() || tiers.contains(account.tier()))
                && (classifications.isEmpty() || account.classification().filter(classifications::contains).isPresent())
                && (accountManagers.isEmpty() || !Collections.disjoint(accountManagers, account.accountLeads()))
                && (phases.isEmpty() || account.projectsByPhase().keySet().stream().anyMatch(phases::contains));
    }
}
