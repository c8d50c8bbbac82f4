package io.pylon.merge;

import io.pylon.account.Account;
import io.pylon.audit.Revision;
import io.pylon.shared.CountryCode;
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
import java.util.Objects;

/**
 * That an account was merged into another: the merged account's id and names as they were, and
 * the audit revision of the merge, which says who did it and when.
 */
@Entity
@Table(name = "account_merge")
public class AccountMerge {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_merge_seq")
    @SequenceGenerator(name = "account_merge_seq", sequenceName = "account_merge_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "surviving_account_id")
    private Account surviving;

    @Column(name = "merged_account_id", nullable = false)
    private long mergedAccountId;

    @Column(name = "merged_name", nullable = false, length = 200)
    private String mergedName;

    @Column(name = "merged_native_name", length = 200)
    private String mergedNativeName;

    @Column(name = "merged_country", nullable = false, length = 3)
    private CountryCode mergedCountry;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "revision_id")
    private Revision revision;

    protected AccountMerge() {
    }

    public AccountMerge(Account surviving, Account merged, Revision revision) {
        this.surviving = Objects.requireNonNull(surviving);
        this.mergedAccountId = merged.id();
        this.mergedName = merged.name();
        this.mergedNativeName = merged.nativeName();
        this.mergedCountry = merged.country();
        this.revision = Objects.requireNonNull(revision);
    }

    public Account surviving() {
        return surviving;
    }

    public long mergedAccountId() {
        return mergedAccountId;
    }

    public String mergedName() {
        return mergedName;
    }

    public String mergedNativeName() {
        return mergedNativeName;
    }

    public CountryCode mergedCountry() {
        return mergedCountry;
    }

    public Revision revision() {
        return revision;
    }
}
