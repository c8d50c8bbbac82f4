package io.pylon.account;

import io.pylon.shared.CountryCode;
import io.pylon.shared.NormalizedName;
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
 * Another name of an agency in a country, such as the name of an account merged into it, so that
 * data naming the agency that way (a re-import) finds the account instead of creating it again.
 */
@Entity
@Table(name = "account_alias")
public class AccountAlias {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_alias_seq")
    @SequenceGenerator(name = "account_alias_seq", sequenceName = "account_alias_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = 3)
    private CountryCode country;

    @Column(nullable = false, length = AccountProfile.MAX_NAME_LENGTH)
    private String name;

    @Column(name = "normalized_name", nullable = false, length = AccountProfile.MAX_NAME_LENGTH)
    private String normalizedName;

    protected AccountAlias() {
    }

    public AccountAlias(Account account, CountryCode country, String name) {
        this.account = Objects.requireNonNull(account);
        this.country = Objects.requireNonNull(country);
        this.name = Objects.requireNonNull(name);
        this.normalizedName = NormalizedName.of(name);
    }

    public Account account() {
        return account;
    }

    public CountryCode country() {
        return country;
    }

    public String name() {
        return name;
    }
}
