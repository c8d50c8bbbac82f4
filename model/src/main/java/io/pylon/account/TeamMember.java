package io.pylon.account;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/** A person's place on an account team; membership decides what of the account they see. */
@Entity
@Audited
@Table(name = "team_member")
public class TeamMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_member_seq")
    @SequenceGenerator(name = "team_member_seq", sequenceName = "team_member_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    /** Users are not audited themselves; the history keeps the reference. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private User user;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "team_role", nullable = false, length = 20)
    private TeamRole teamRole;

    protected TeamMember() {
    }

    public TeamMember(Account account, User user, TeamRole teamRole) {
        this.account = Objects.requireNonNull(account);
        this.user = Objects.requireNonNull(user);
        this.teamRole = Objects.requireNonNull(teamRole);
    }

    /** Gives the member another role on the team. */
    public void reassign(TeamRole newRole) {
        this.teamRole = Objects.requireNonNull(newRole);
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public User user() {
        return user;
    }

    public TeamRole teamRole() {
        return teamRole;
    }
}
