package io.pylon.relationship;

import io.pylon.security.User;
import io.pylon.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Something an interaction asks of one person by a day; open until they (or a colleague) complete it. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    public static final int MAX_DESCRIPTION = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_seq")
    @SequenceGenerator(name = "follow_up_seq", sequenceName = "follow_up_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interaction_id")
    private Interaction interaction;

    @Column(nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private User owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "completed_by", length = 64)
    private String completedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected FollowUp() {
    }

    FollowUp(Interaction interaction, String description, User owner, LocalDate dueOn) {
        this.interaction = Objects.requireNonNull(interaction);
        revise(description, owner, dueOn);
    }

    /**
     * Says anew what is asked, of whom and by when, as plans change; whether it is done stays as it
     * was. A refused description changes nothing.
     */
    public void revise(String description, User owner, LocalDate dueOn) {
        String tidied = Texts.tidy("description", description, true, MAX_DESCRIPTION);
        Objects.requireNonNull(owner);
        Objects.requireNonNull(dueOn);
        this.description = tidied;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    /** Records who completed it and when; completing it again changes nothing. */
    public void complete(String by, Instant at) {
        if (!isOpen()) {
            return;
        }
        this.completedBy = Objects.requireNonNull(by);
        this.completedAt = Objects.requireNonNull(at);
    }

    /** Opens it again, forgetting who had completed it. */
    public void reopen() {
        this.completedBy = null;
        this.completedAt = null;
    }

    public boolean isOpen() {
        return completedAt == null;
    }

    /** Open, and its due day is behind us. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueOn.isBefore(today);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Interaction interaction() {
        return interaction;
    }

    public String description() {
        return description;
    }

    public User owner() {
        return owner;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String completedBy() {
        return completedBy;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
