package io.pylon.plan;

import io.pylon.account.Account;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.NormalizedName;
import io.pylon.shared.Reason;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An agency's account plan for one year. Its objectives are entities of their own
 * ({@link PlanObjective}), each with its own version, so that an objective's owner updating its
 * status does not collide with someone revising the strengths.
 */
@Entity
@Table(name = "account_plan")
public class AccountPlan {

    /** Plans before this year were never kept in Pylon; more than {@link #YEARS_AHEAD} ahead is a typing error. */
    public static final int FIRST_YEAR = 2000;
    public static final int YEARS_AHEAD = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_plan_seq")
    @SequenceGenerator(name = "account_plan_seq", sequenceName = "account_plan_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @ElementCollection
    @CollectionTable(name = "account_plan_strength", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "item_order")
    @Column(name = "statement", nullable = false, length = PlanSections.MAX_STATEMENT)
    private List<String> strengths = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "account_plan_weakness", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "item_order")
    @Column(name = "statement", nullable = false, length = PlanSections.MAX_STATEMENT)
    private List<String> weaknesses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "account_plan_competitor", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "item_order")
    private List<Competitor> competitors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "account_plan_development", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "item_order")
    private List<DevelopmentPlan> developmentPlans = new ArrayList<>();

    @Embedded
    private LastChange lastChange;

    protected AccountPlan() {
    }

    public AccountPlan(Account account, int year, LastChange created) {
        this.account = Objects.requireNonNull(account);
        this.year = year;
        this.lastChange = Objects.requireNonNull(created);
    }

    /** Refuses a plan year before {@link #FIRST_YEAR} or more than {@link #YEARS_AHEAD} after {@code currentYear}. */
    public static void requireYear(int year, int currentYear) {
        if (year < FIRST_YEAR || year > currentYear + YEARS_AHEAD) {
            throw new DomainRuleViolation("year", Reason.OUT_OF_RANGE,
                    "must be a year between " + FIRST_YEAR + " and " + (currentYear + YEARS_AHEAD));
        }
    }

    /** Replaces the parts the sections bring; the others stay as they are. */
    public void revise(PlanSections sections, LastChange change) {
        replace(strengths, sections.strengths());
        replace(weaknesses, sections.weaknesses());
        replace(competitors, sections.competitors());
        replace(developmentPlans, sections.developmentPlans());
        this.lastChange = Objects.requireNonNull(change);
    }

    /**
     * Takes in the parts of another plan of the same year, as when two accounts of one agency
     * are merged: what this plan lacks is appended, what it already says (by the same words, or
     * a competitor or development plan of the same name) is not repeated.
     */
    public void absorb(AccountPlan other, LastChange change) {
        appendMissing(strengths, other.strengths, NormalizedName::of);
        appendMissing(weaknesses, other.weaknesses, NormalizedName::of);
        appendMissing(competitors, other.competitors, competitor -> NormalizedName.of(competitor.name()));
        appendMissing(developmentPlans, other.developmentPlans, plan -> NormalizedName.of(plan.name()));
        this.lastChange = Objects.requireNonNull(change);
    }

    private static <T> void replace(List<T> current, List<T> replacement) {
        // Rewriting an equal list would delete and insert every row for nothing.
        if (replacement != null && !current.equals(replacement)) {
            current.clear();
            current.addAll(replacement);
        }
    }

    private static <T> void appendMissing(List<T> current, List<T> others, Function<T, String> key) {
        List<String> present = new ArrayList<>(current.stream().map(key).toList());
        for (T other : others) {
            if (!present.contains(key.apply(other))) {
                current.add(other);
                present.add(key.apply(other));
            }
        }
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Account account() {
        return account;
    }

    public int year() {
        return year;
    }

    public List<String> strengths() {
        return List.copyOf(strengths);
    }

    public List<String> weaknesses() {
        return List.copyOf(weaknesses);
    }

    public List<Competitor> competitors() {
        return List.copyOf(competitors);
    }

    public List<DevelopmentPlan> developmentPlans() {
        return List.copyOf(developmentPlans);
    }

    public LastChange lastChange() {
        return lastChange;
    }
}
