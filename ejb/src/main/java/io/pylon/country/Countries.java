package io.pylon.country;

import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import io.pylon.shared.Conflict;
import io.pylon.shared.CountryCode;
import io.pylon.shared.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Each country's region and risk category: everyone signed in reads them, administrators set them. */
@Stateless
public class Countries {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    private final Clock clock = Clock.systemUTC();

    /** What {@link #classify} did: the country's profile, and whether it had none before. */
    public record Classified(CountryProfile profile, boolean created) {
    }

    public List<CountryProfile> all() {
        return em.createQuery("select c from CountryProfile c order by c.country", CountryProfile.class).getResultList();
    }

    public CountryProfile find(CountryCode country) {
        CountryProfile profile = em.find(CountryProfile.class, country.value());
        if (profile == null) {
            throw new NotFound("country profile", country.value());
        }
        return profile;
    }

    /**
     * Sets the country's region and risk category ({@code null}: unrated), from the version read; a country without
     * a profile gets one, whatever version is sent.
     */
    public Classified classify(CountryCode country, Region region, RiskCategory category, long expectedVersion) {
        currentUser.require(Permissions.CHANGE_SETTINGS, "only administrators classify countries");
        CountryProfile profile = em.find(CountryProfile.class, country.value());
        String by = currentUser.username();
        if (profile == null) {
            CountryProfile created = new CountryProfile(country, region, category, by, clock.instant());
            em.persist(created);
            return new Classified(created, true);
        }
        if (profile.version() != expectedVersion) {
            throw Conflict.staleVersion("country profile " + country.value(), expectedVersion, profile.version());
        }
        profile.classify(region, category, by, clock.instant());
        return new Classified(profile, false);
    }
}
