package io.pylon.account;

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
import jakarta.persistence.Version;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A person at an agency whom the account team deals with; every change is kept in history. */
@Entity
@Audited
@Table(name = "contact")
public class Contact implements PartOfAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = ContactDetails.MAX_TEXT)
    private String name;

    @Column(length = ContactDetails.MAX_TEXT)
    private String title;

    @Column(length = ContactDetails.MAX_TEXT)
    private String department;

    @Column(length = ContactDetails.MAX_TEXT)
    private String email;

    @Column(length = ContactDetails.MAX_TEXT)
    private String phone;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Influence influence;

    @Column(name = "relationship_strength", nullable = false)
    private int relationshipStrength;

    protected Contact() {
    }

    public Contact(Account account, ContactDetails details) {
        this.account = Objects.requireNonNull(account);
        update(details);
    }

    /** Replaces what is known about the person. */
    public void update(ContactDetails details) {
        this.name = details.name();
        this.title = details.title();
        this.department = details.department();
        this.email = details.email();
        this.phone = details.phone();
        this.influence = details.influence();
        this.relationshipStrength = details.relationshipStrength();
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

    public ContactDetails details() {
        return new ContactDetails(name, title, department, email, phone, influence, relationshipStrength);
    }
}
