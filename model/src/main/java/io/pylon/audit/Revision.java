package io.pylon.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited transaction: when it happened and who made it. */
@Entity
@RevisionEntity(RevisionAuthor.class)
@Table(name = "revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 1)
    @RevisionNumber
    private long id;

    /** Epoch milliseconds, the timestamp type Envers supports on every database. */
    @RevisionTimestamp
    @Column(name = "made_at", nullable = false)
    private long madeAt;

    @Column(nullable = false, length = 64)
    private String username;

    public long id() {
        return id;
    }

    public Instant madeAt() {
        return Instant.ofEpochMilli(madeAt);
    }

    public String username() {
        return username;
    }

    void madeBy(String username) {
        this.username = username;
    }
}
