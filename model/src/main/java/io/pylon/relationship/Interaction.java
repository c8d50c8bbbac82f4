package io.pylon.relationship;

import io.pylon.account.Account;
import io.pylon.account.PartOfAccount;
import io.pylon.account.Contact;
import io.pylon.security.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One time we met or spoke with an agency: a visit, meeting, call, e-mail or event, who took
 * part on our side and on theirs, and the follow-ups it led to.
 */
@Entity
@Table(name = "interaction")
public class Interaction implements PartOfAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interaction_seq")
    @SequenceGenerator(name = "interaction_seq", sequenceName = "interaction_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private InteractionKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(nullable = false, length = InteractionDetails.MAX_TEXT)
    private String summary;

    @Column(length = InteractionDetails.MAX_TEXT)
    private String outcome;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @ManyToMany
    @JoinTable(name = "interaction_our_participant", joinColumns = @JoinColumn(name = "interaction_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<User> ourParticipants = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "interaction_their_participant", joinColumns = @JoinColumn(name = "interaction_id"),
            inverseJoinColumns = @JoinColumn(name = "contact_id"))
    private Set<Contact> theirParticipants = new HashSet<>();

    @OneToMany(mappedBy = "interaction")
    @OrderBy("dueOn, id")
    private List<FollowUp> followUps = new ArrayList<>();

    protected Interaction() {
    }

    public Interaction(Account account, InteractionDetails details, Set<User> ourParticipants,
                       Set<Contact> theirParticipants, String recordedBy, Instant recordedAt) {
        this.account = Objects.requireNonNull(account);
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
        revise(details, ourParticipants, theirParticipants);
    }

    /** Replaces what is known about the interaction; its follow-ups stay as they are. */
    public void revise(InteractionDetails details, Set<User> ourParticipants, Set<Contact> theirParticipants) {
        this.kind = details.kind();
        this.occurredOn = details.occurredOn();
        this.summary = details.summary();
        this.outcome = details.outcome();
        this.ourParticipants.clear();
        this.ourParticipants.addAll(ourParticipants);
        this.theirParticipants.clear();
        this.theirParticipants.addAll(theirParticipants);
    }

    /** Asks someone to do something about what came out of the interaction. */
    public FollowUp followUp(String description, User owner, LocalDate dueOn) {
        FollowUp followUp = new FollowUp(this, description, owner, dueOn);
        followUps.add(followUp);
        return followUp;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    @Override
    public Account account() {
        return account;
    }

    public InteractionDetails details() {
        return new InteractionDetails(kind, occurredOn, summary, outcome);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Set<User> ourParticipants() {
        return Set.copyOf(ourParticipants);
    }

    public Set<Contact> theirParticipants() {
        return Set.copyOf(theirParticipants);
    }

    public List<FollowUp> followUps() {
        return List.copyOf(followUps);
    }
}
