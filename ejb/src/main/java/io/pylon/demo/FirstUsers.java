package io.pylon.demo;

import io.pylon.account.Account;
import io.pylon.account.AccountProfile;
import io.pylon.account.AgencyType;
import io.pylon.account.Classification;
import io.pylon.account.Contact;
import io.pylon.account.ContactDetails;
import io.pylon.account.Influence;
import io.pylon.account.Sector;
import io.pylon.account.TeamMember;
import io.pylon.account.TeamRole;
import io.pylon.relationship.Interaction;
import io.pylon.relationship.InteractionDetails;
import io.pylon.relationship.InteractionKind;
import io.pylon.country.CountryProfile;
import io.pylon.country.RiskCategory;
import io.pylon.currency.ExchangeRate;
import io.pylon.opportunity.Opportunity;
import io.pylon.opportunity.OpportunityDetails;
import io.pylon.opportunity.OpportunityStage;
import io.pylon.portfolio.ParetoAnalysis;
import io.pylon.scoring.AccountRating;
import io.pylon.scoring.Ratings;
import io.pylon.security.Role;
import io.pylon.security.User;
import io.pylon.security.Users;
import io.pylon.shared.CountryCode;
import io.pylon.shared.Money;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
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
    ParetoAnalysis paretoAnalysis;

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

        // Dated from today, so that some follow-ups and visits are overdue whenever the demo starts.
        LocalDate today = LocalDate.now();
        Interaction railwaysVisit = interaction(kenyaRailways, InteractionKind.VISIT, today.minusDays(40),
                "Site visit to the Naivasha inland container depot with the Director of Infrastructure.",
                "They want the phase 2 extension priced with export-credit financing.", people.get("am"), people.get("bid"));
        followUp(railwaysVisit, "Send the phase 2 financing options", people.get("am"), today.minusDays(5));
        followUp(railwaysVisit, "Prepare the site survey schedule", people.get("pm"), today.plusDays(10));
        Interaction portsMeeting = interaction(tanzaniaPorts, InteractionKind.MEETING, today.minusDays(10),
                "Meeting on the berth 8-11 rehabilitation tender.", "Pre-qualification opens next month.",
                people.get("am"), people.get("bid"));
        followUp(portsMeeting, "Confirm the consortium partners for pre-qualification", people.get("bid"), today.minusDays(2));
        interaction(tanzaniaPorts, InteractionKind.CALL, today.minusDays(3), "Call with procurement about the tender dates.",
                null, people.get("bid"));
        Interaction powerVisit = interaction(bangladeshPower, InteractionKind.VISIT, today.minusMonths(8),
                "Visit to the Board on the grid substation programme.", "Interested in a turnkey offer.", people.get("am"),
                people.get("exec"));
        followUp(powerVisit, "Brief the sponsor before the next visit", people.get("exec"), today.plusDays(14));
        Interaction transportEmail = interaction(kenyaTransport, InteractionKind.EMAIL, today.minusDays(20),
                "Sent the ministry our reference list of rail and road projects.", null, people.get("am"));
        followUp(transportEmail, "Ask for a meeting with the Principal Secretary", people.get("am"), today.plusDays(3));
        Interaction roadsVisit = interaction(ethiopiaRoads, InteractionKind.VISIT, today.minusMonths(1),
                "Visit to the Addis Ababa ring road maintenance depot.", "They asked for a bridge inspection proposal.",
                people.get("pm"));
        followUp(roadsVisit, "Send the bridge inspection proposal", people.get("pm"), today.minusDays(1));
        // The demo countries' OECD country risk categories, as an administrator would enter them from the OECD's list.
        for (String[] rated : new String[][] {{"KEN", "6"}, {"TZA", "6"}, {"ETH", "7"}, {"BGD", "5"}, {"UZB", "5"},
                {"IDN", "3"}, {"SRB", "5"}}) {
            CountryProfile country = em.find(CountryProfile.class, rated[0]);
            country.classify(country.region(), new RiskCategory(Integer.parseInt(rated[1])), "admin", Instant.now());
        }
        LocalDate ratesFrom = LocalDate.of(2025, 1, 1);
        for (String[] rate : new String[][] {{"EUR", "1.08"}, {"CNY", "0.138"}, {"KES", "0.0077"}, {"JPY", "0.0067"}}) {
            em.persist(new ExchangeRate(Currency.getInstance(rate[0]), Currency.getInstance("USD"), ratesFrom,
                    new BigDecimal(rate[1])));
        }
        opportunity(kenyaRailways, "Standard gauge railway, phase 2B", Sector.RAIL, "850000000", "USD", 100, OpportunityStage.WON, "2025-06-30");
        opportunity(kenyaRailways, "Nairobi commuter rail upgrade", Sector.RAIL, "22000000000", "KES", 60, OpportunityStage.NEGOTIATING, "2027-03-31");
        opportunity(bangladeshPower, "Payra 1,320 MW power plant, unit 3", Sector.POWER, "420000000", "EUR", 100, OpportunityStage.WON, "2025-11-15");
        opportunity(bangladeshPower, "Rooppur grid connection", Sector.POWER, "1500000000", "CNY", 40, OpportunityStage.BIDDING, "2027-06-30");
        opportunity(tanzaniaPorts, "Dar es Salaam berths 8 to 11", Sector.PORT, "300000000", "USD", 50, OpportunityStage.QUALIFIED, "2027-09-30");
        opportunity(indonesiaPublicWorks, "Jatigede dam irrigation network", Sector.WATER, "18000000000", "JPY", 70, OpportunityStage.NEGOTIATING, "2027-01-31");
        opportunity(indonesiaPublicWorks, "Trans-Sumatra toll road section", Sector.ROAD, "250000000", "USD", 0, OpportunityStage.LOST, "2026-04-30");
        opportunity(vietnamExpressway, "North-South expressway, Can Tho to Ca Mau", Sector.ROAD, "180000000", "USD", 30, OpportunityStage.BIDDING, "2027-12-31");
        opportunity(ethiopiaRoads, "Modjo to Hawassa road, lot 4", Sector.ROAD, "95000000", "EUR", 100, OpportunityStage.WON, "2025-09-30");
        opportunity(serbiaCorridors, "Morava corridor bridges", Sector.BRIDGE, "140000000", "EUR", 20, OpportunityStage.IDENTIFIED, null);
        opportunity(uzbekRailways, "Tashkent to Samarkand electrification", Sector.RAIL, "600000000", "CNY", 25, OpportunityStage.QUALIFIED, "2028-03-31");
        paretoAnalysis.placeAll(ParetoAnalysis.SYSTEM);
        // Contacts and ratings give the scores at start-up something to weigh (ScoringSchedule).
        contact(kenyaRailways, "Philip Mainga", "Managing Director", Influence.DECISION_MAKER, 4);
        contact(kenyaRailways, "Grace Wambui", "Head of Procurement", Influence.GATEKEEPER, 3);
        contact(tanzaniaPorts, "Juma Mrisho", "Director of Planning", Influence.INFLUENCER, 5);
        contact(bangladeshPower, "Rashida Karim", "Chairman", Influence.DECISION_MAKER, 2);
        contact(uzbekRailways, "Bakhodir Tursunov", "Deputy Chairman", Influence.DECISION_MAKER, 5);
        rating(kenyaRailways, 5, 4, "Anchor of the Northern Corridor programme; pays within terms");
        rating(tanzaniaPorts, 4, 3, "Gateway port for the region; payments follow donor disbursements");
        rating(bangladeshPower, 3, 2, "Large but crowded market; arrears on the last contract");
        // The ministry's later name, entered as a second agency: a near-duplicate for a person to merge or keep apart.
        Account indonesiaPublicWorksHousing = agency("Ministry of Public Works and Housing",
                "Kementerian Pekerjaan Umum dan Perumahan Rakyat", "IDN", AgencyType.MINISTRY,
                EnumSet.of(Sector.WATER, Sector.ROAD, Sector.BUILDING), null, Classification.REGIONAL);
        team(indonesiaPublicWorksHousing, people.get("am"), TeamRole.ACCOUNT_LEAD);
        new DemoPlans(em).load(kenyaRailways, tanzaniaPorts, people.get("am"), people.get("bid"));
        new DemoProjects(em).load(kenyaRailways, tanzaniaPorts, bangladeshPower, uzbekRailways, ethiopiaRoads,
                indonesiaPublicWorks, serbiaCorridors);
        LOG.info("Demo mode: loaded demo users (password " + DEMO_PASSWORD + ") and a demo portfolio with interactions, "
                + "opportunities, contacts, ratings, account plans and projects in every phase");
    }

    private Account agency(String name, String nativeName, String country, AgencyType type, Set<Sector> sectors,
                           Account parent, Classification classification) {
        Account account = new Account(new AccountProfile(name, nativeName, CountryCode.of(country), type, sectors,
                parent, classification));
        em.persist(account);
        return account;
    }

    private Interaction interaction(Account account, InteractionKind kind, LocalDate on, String summary, String outcome,
                                    User recordedBy, User... alsoThere) {
        Set<User> ours = new HashSet<>(Set.of(alsoThere));
        ours.add(recordedBy);
        Interaction interaction = new Interaction(account, new InteractionDetails(kind, on, summary, outcome), ours,
                Set.of(), recordedBy.username(), Instant.now());
        em.persist(interaction);
        return interaction;
    }

    private void followUp(Interaction interaction, String description, User owner, LocalDate dueOn) {
        em.persist(interaction.followUp(description, owner, dueOn));
    }

    private void opportunity(Account account, String title, Sector sector, String amount, String currency,
                             int winProbabilityPercent, OpportunityStage stage, String expectedAwardOn) {
        em.persist(new Opportunity(account, new OpportunityDetails(title, sector, account.country(),
                Money.of(new BigDecimal(amount), Currency.getInstance(currency)), winProbabilityPercent, stage,
                expectedAwardOn == null ? null : LocalDate.parse(expectedAwardOn))));
    }

    private void contact(Account account, String name, String title, Influence influence, int strength) {
        em.persist(new Contact(account, new ContactDetails(name, title, null, null, null, influence, strength)));
    }

    private void rating(Account account, int strategicSignificance, int paymentBehaviour, String comment) {
        em.persist(new AccountRating(account, new Ratings(strategicSignificance, paymentBehaviour, comment),
                "am", Instant.now()));
    }

    private void team(Account account, User user, TeamRole role) {
        em.persist(new TeamMember(account, user, role));
    }
}
