package io.pylon.portfolio;

import io.pylon.account.Classification;
import io.pylon.account.Sector;
import io.pylon.account.SurveyTrend;
import io.pylon.account.Tier;
import io.pylon.country.Region;
import io.pylon.country.RiskCategory;
import io.pylon.health.GateLateness;
import io.pylon.project.Phase;
import io.pylon.shared.CountryCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the portfolio knows of one account on a day, as read from the database before any conversion: who and where
 * it is, its tier then, its money per currency (opportunities, earned value and actual cost, receivables), its
 * projects per phase, its overdue gates and next gates' lateness, its surveys, follow-ups and last visit.
 * {@link PortfolioFacts} fills it, one statement per kind of fact for all accounts at once.
 */
public final class AccountFacts {

    private final long id;
    private final String name;
    private final CountryCode country;
    private final Set<Sector> sectors;
    private final Classification classification;
    private final Region region;
    private final RiskCategory riskCategory;
    private Tier tier;
    private final List<String> accountLeads = new ArrayList<>();
    Holdings opportunities = new Holdings();
    final Map<Currency, BigDecimal> earned = new LinkedHashMap<>();
    final Map<Currency, BigDecimal> actualCost = new LinkedHashMap<>();
    final Map<Currency, BigDecimal> receivable = new LinkedHashMap<>();
    final Map<Currency, BigDecimal> overdueReceivable = new LinkedHashMap<>();
    private final Map<Phase, Integer> projectsByPhase = new EnumMap<>(Phase.class);
    private int gatesOverdue;
    private GateLateness nextGates = GateLateness.NONE;
    private final List<SurveyTrend.Point> surveys = new ArrayList<>();
    private int openFollowUps;
    private int overdueFollowUps;
    private LocalDate lastVisit;

    AccountFacts(long id, String name, CountryCode country, Set<Sector> sectors, Classification classification,
                 Tier tier, Region region, RiskCategory riskCategory) {
        this.id = id;
        this.name = name;
        this.country = country;
        this.sectors = sectors;
        this.classification = classification;
        this.tier = tier;
        this.region = region;
        this.riskCategory = riskCategory;
    }

    void tierWas(Tier then) {
        this.tier = then;
    }

    void ledBy(String username) {
        accountLeads.add(username);
    }

    void projects(Phase phase, int count) {
        projectsByPhase.put(phase, count);
    }

    void gatesOverdue(int overdue) {
        this.gatesOverdue = overdue;
    }

    void nextGates(GateLateness next) {
        this.nextGates = next;
    }

    void surveyed(SurveyTrend.Point survey) {
        surveys.add(survey);
    }

    void followUps(int open, int overdue) {
        this.openFollowUps = open;
        this.overdueFollowUps = overdue;
    }

    void lastVisit(LocalDate day) {
        this.lastVisit = day;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public CountryCode country() {
        return country;
    }

    public Set<Sector> sectors() {
        return sectors;
    }

    public Optional<Classification> classification() {
        return Optional.ofNullable(classification);
    }

    /** The region of the account's country; empty while the country has no profile. */
    public Optional<Region> region() {
        return Optional.ofNullable(region);
    }

    public Optional<RiskCategory> riskCategory() {
        return Optional.ofNullable(riskCategory);
    }

    public Tier tier() {
        return tier;
    }

    public List<String> accountLeads() {
        return accountLeads;
    }

    public Map<Phase, Integer> projectsByPhase() {
        return projectsByPhase;
    }

    public int gatesOverdue() {
        return gatesOverdue;
    }

    public GateLateness nextGates() {
        return nextGates;
    }

    public List<SurveyTrend.Point> surveys() {
        return surveys;
    }

    public int openFollowUps() {
        return openFollowUps;
    }

    public int overdueFollowUps() {
        return overdueFollowUps;
    }

    public Optional<LocalDate> lastVisit() {
        return Optional.ofNullable(lastVisit);
    }
}
