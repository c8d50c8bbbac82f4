package io.pylon.demo;

import io.pylon.account.Account;
import io.pylon.account.AccountProfile;
import io.pylon.account.AgencyType;
import io.pylon.account.Classification;
import io.pylon.account.Sector;
import io.pylon.account.TeamMember;
import io.pylon.account.TeamRole;
import io.pylon.security.Role;
import io.pylon.security.User;
import io.pylon.security.Users;
import io.pylon.shared.CountryCode;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives an empty database its first users. In demo mode: one user per role, all with the
 * password {@value #DEMO_PASSWORD}, and a small portfolio of agencies. Otherwise: one
 * administrator from {@code pylon.admin.username} and {@code pylon.admin.password}, and no
 * default password at all.
 */
@Singleton
@Startup
@DependsOn("Schema")
public class FirstUsers {

    static final String DEMO_PASSWORD = "pylon-demo";

    private static final Logger LOG = Logger.getLogger(FirstUsers.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Users users;

    @Inject
    @ConfigProperty(name = "pylon.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "pylon.admin.username")
    Optional<String> adminUsername;

    @Inject
    @ConfigProperty(name = "pylon.admin.password")
    Optional<String> adminPassword;

    /** What an empty or populated database gets at start-up. */
    enum Seed {
        NOTHING, DEMO, FIRST_ADMINISTRATOR, NOTHING_CONFIGURED;

        static Seed of(boolean usersExist, boolean demo, Optional<String> adminUsername, Optional<String> adminPassword) {
            if (usersExist) {
                return NOTHING;
            }
            if (demo) {
                return DEMO;
            }
            return adminUsername.isPresent() && adminPassword.isPresent() ? FIRST_ADMINISTRATOR : NOTHING_CONFIGURED;
        }
    }

    @PostConstruct
    void seedEmptyDatabase() {
        switch (Seed.of(!users.none(), demo, adminUsername, adminPassword)) {
            case DEMO -> loadDemo();
            case FIRST_ADMINISTRATOR -> {
                users.register(adminUsername.orElseThrow(), "Administrator", adminPassword.orElseThrow(),
                        EnumSet.of(Role.ADMIN));
                LOG.info(() -> "Created the first administrator, " + adminUsername.orElseThrow());
            }
            case NOTHING_CONFIGURED -> LOG.warning("No users yet and no first administrator configured: set "
                    + "pylon.admin.username and pylon.admin.password (or PYLON_ADMIN_USERNAME and "
                    + "PYLON_ADMIN_PASSWORD), or start in demo mode");
            case NOTHING -> { }
        }
    }

    private void loadDemo() {
        Map<String, User> people = new LinkedHashMap<>();
        people.put("admin", users.register("admin", "Ada Administrator", DEMO_PASSWORD, EnumSet.of(Role.ADMIN)));
        people.put("exec", users.register("exec", "Elena Executive", DEMO_PASSWORD, EnumSet.of(Role.EXECUTIVE)));
        people.put("am", users.register("am", "Amir Account-Manager", DEMO_PASSWORD, EnumSet.of(Role.ACCOUNT_MANAGER)));
        people.put("bid", users.register("bid", "Bao Bid-Manager", DEMO_PASSWORD, EnumSet.of(Role.BID_MANAGER)));
        people.put("pm", users.register("pm", "Priya Project-Manager", DEMO_PASSWORD, EnumSet.of(Role.PROJECT_MANAGER)));
        people.put("viewer", users.register("viewer", "Victor Viewer", DEMO_PASSWORD, EnumSet.of(Role.VIEWER)));

        Account kenyaTransport = agency("Ministry of Roads and Transport", null, "KEN", AgencyType.MINISTRY,
                EnumSet.of(Sector.ROAD, Sector.RAIL), null, Classification.REGIONAL);
        Account kenyaRailways = agency("Kenya Railways Corporation", null, "KEN", AgencyType.STATE_OWNED_ENTERPRISE,
                EnumSet.of(Sector.RAIL), kenyaTransport, Classification.INDUSTRY);
        Account tanzaniaPorts = agency("Tanzania Ports Authority", null, "TZA", AgencyType.AUTHORITY,
                EnumSet.of(Sector.PORT), null, Classification.REGIONAL);
        Account ethiopiaRoads = agency("Ethiopian Roads Administration", "የኢትዮጵያ መንገዶች አስተዳደር", "ETH",
                AgencyType.AGENCY, EnumSet.of(Sector.ROAD, Sector.BRIDGE), null, Classification.INDUSTRY);
        Account bangladeshPower = agency("Bangladesh Power Development Board", "বাংলাদেশ বিদ্যুৎ উন্নয়ন বোর্ড", "BGD",
                AgencyType.STATE_OWNED_ENTERPRISE, EnumSet.of(Sector.POWER), null, Classification.INDUSTRY);
        Account vietnamExpressway = agency("Vietnam Expressway Corporation", "Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam",
                "VNM", AgencyType.STATE_OWNED_ENTERPRISE, EnumSet.of(Sector.ROAD), null, Classification.POTENTIAL);
        Account indonesiaPublicWorks = agency("Ministry of Public Works", "Kementerian Pekerjaan Umum", "IDN",
                AgencyType.MINISTRY, EnumSet.of(Sector.WATER, Sector.ROAD, Sector.BUILDING), null, Classification.REGIONAL);
        Account serbiaCorridors = agency("Corridors of Serbia", "Коридори Србије", "SRB", AgencyType.STATE_OWNED_ENTERPRISE,
                EnumSet.of(Sector.ROAD, Sector.BRIDGE), null, Classification.POTENTIAL);
        Account uzbekRailways = agency("Uzbekistan Railways", "O'zbekiston temir yo'llari", "UZB",
                AgencyType.STATE_OWNED_ENTERPRISE, EnumSet.of(Sector.RAIL), null, Classification.INDUSTRY);
        Account cambodiaAirports = agency("State Secretariat of Civil Aviation", "រដ្ឋលេខាធិការដ្ឋានអាកាសចរស៊ីវិល", "KHM",
                AgencyType.AUTHORITY, EnumSet.of(Sector.AIRPORT), null, Classification.POTENTIAL);

        team(kenyaTransport, people.get("am"), TeamRole.ACCOUNT_LEAD);
        team(kenyaRailways, people.get("am"), TeamRole.ACCOUNT_LEAD);
        team(kenyaRailways, people.get("bid"), TeamRole.BID_LEAD);
        team(kenyaRailways, people.get("pm"), TeamRole.PROJECT_LEAD);
        team(kenyaRailways, people.get("viewer"), TeamRole.MEMBER);
        team(tanzaniaPorts, people.get("am"), TeamRole.ACCOUNT_LEAD);
        team(tanzaniaPorts, people.get("bid"), TeamRole.BID_LEAD);
        team(ethiopiaRoads, people.get("pm"), TeamRole.PROJECT_LEAD);
        team(bangladeshPower, people.get("am"), TeamRole.ACCOUNT_LEAD);
        team(bangladeshPower, people.get("exec"), TeamRole.SPONSOR);
        team(vietnamExpressway, people.get("bid"), TeamRole.BID_LEAD);
        team(indonesiaPublicWorks, people.get("am"), TeamRole.ACCOUNT_LEAD);
        team(serbiaCorridors, people.get("pm"), TeamRole.PROJECT_LEAD);
        team(uzbekRailways, people.get("am"), TeamRole.ACCOUNT_LEAD);
        team(uzbekRailways, people.get("viewer"), TeamRole.MEMBER);
        team(cambodiaAirports, people.get("bid"), TeamRole.BID_LEAD);
        // The ministry's later name, entered as a second agency: a near-duplicate for a person to merge or keep apart.
        Account indonesiaPublicWorksHousing = agency("Ministry of Public Works and Housing",
                "Kementerian Pekerjaan Umum dan Perumahan Rakyat", "IDN", AgencyType.MINISTRY,
                EnumSet.of(Sector.WATER, Sector.ROAD, Sector.BUILDING), null, Classification.REGIONAL);
        team(indonesiaPublicWorksHousing, people.get("am"), TeamRole.ACCOUNT_LEAD);
        new DemoPlans(em).load(kenyaRailways, tanzaniaPorts, people.get("am"), people.get("bid"));
        LOG.info("Demo mode: loaded demo users (password " + DEMO_PASSWORD + ") and a demo portfolio");
    }

    private Account agency(String name, String nativeName, String country, AgencyType type, Set<Sector> sectors,
                           Account parent, Classification classification) {
        Account account = new Account(new AccountProfile(name, nativeName, CountryCode.of(country), type, sectors,
                parent, classification));
        em.persist(account);
        return account;
    }

    private void team(Account account, User user, TeamRole role) {
        em.persist(new TeamMember(account, user, role));
    }
}
