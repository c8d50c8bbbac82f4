package io.pylon.generator;

import io.pylon.security.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The users the generated data names. The demo users ({@code am}, {@code bid}, {@code pm}, {@code exec},
 * {@code viewer}), where Pylon loaded them, make up the team of every fiftieth generated account, so that signing in
 * as them shows generated data; a handful of generated colleagues per working role ({@code gen-am01} ...) lead the
 * others. They are created once and found again by a later run, and sign in with the password of {@code am} (the demo
 * password), or with the demo password itself where there is no {@code am}.
 */
final class Staff {

    /** Shiro's DefaultPasswordService hash (Argon2id) of the demo password, pylon-demo. */
    static final String DEMO_PASSWORD_HASH =
            "$shiro2$argon2id$v=19$t=1,m=65536,p=4$rM36wdgKQTwFgR8JzSmfUg$W6Ru/DjLXREtuMO6lqxlyEy5hWuVsqbcdeEJC6/aAAk";
    /** One account in this many has the demo users as its team: 2 %. */
    static final int DEMO_TEAM_EVERY = 50;

    private static final Map<Role, String> DEMO_USERNAMES = Map.of(Role.ACCOUNT_MANAGER, "am", Role.BID_MANAGER, "bid",
            Role.PROJECT_MANAGER, "pm", Role.EXECUTIVE, "exec", Role.VIEWER, "viewer");
    private static final Map<Role, String> PREFIXES = Map.of(Role.ACCOUNT_MANAGER, "gen-am", Role.BID_MANAGER, "gen-bid",
            Role.PROJECT_MANAGER, "gen-pm", Role.EXECUTIVE, "gen-exec");

    private final Map<Role, Colleague> demo;
    private final Map<Role, List<Colleague>> generated;

    private Staff(Map<Role, Colleague> demo, Map<Role, List<Colleague>> generated) {
        this.demo = demo;
        this.generated = generated;
    }

    /** Finds the demo users and the generated colleagues, and creates the generated ones still missing. */
    static Staff hire(Connection connection, Dialect dialect, Sizes sizes, Progress progress) throws SQLException {
        Map<Role, Colleague> demo = new EnumMap<>(Role.class);
        for (Map.Entry<Role, String> user : DEMO_USERNAMES.entrySet()) {
            find(connection, user.getValue()).ifPresent(found -> demo.put(user.getKey(), found));
        }
        Map<Role, Integer> wanted = Map.of(Role.ACCOUNT_MANAGER, sizes.accountManagers(), Role.BID_MANAGER,
                sizes.bidManagers(), Role.PROJECT_MANAGER, sizes.projectManagers(), Role.EXECUTIVE, sizes.executives());
        Map<Role, List<Colleague>> generated = new EnumMap<>(Role.class);
        Map<String, Role> missing = new LinkedHashMap<>();
        for (Role role : List.of(Role.ACCOUNT_MANAGER, Role.BID_MANAGER, Role.PROJECT_MANAGER, Role.EXECUTIVE)) {
            List<Colleague> colleagues = new ArrayList<>();
            for (int number = 1; number <= wanted.get(role); number++) {
                String username = String.format("%s%02d", PREFIXES.get(role), number);
                Optional<Colleague> found = find(connection, username);
                found.ifPresent(colleagues::add);
                if (found.isEmpty()) {
                    missing.put(username, role);
                }
            }
            generated.put(role, colleagues);
        }
        String passwordHash = passwordHash(connection);
        IdBlocks ids = new IdBlocks(connection, dialect, "app_user");
        try (Inserts inserts = new Inserts(connection, progress)) {
            Inserts.Table users = inserts.into("app_user", missing.size(),
                    "id", "version", "username", "display_name", "password_hash", "enabled");
            Inserts.Table roles = inserts.into("user_role", missing.size(), "user_id", "role");
            for (Map.Entry<String, Role> hired : missing.entrySet()) {
                long id = ids.next();
                users.row(id, 0L, hired.getKey(), People.fullName(hired.getKey().hashCode()), passwordHash, true);
                roles.row(id, hired.getValue().name());
                generated.get(hired.getValue()).add(new Colleague(id, hired.getKey()));
            }
        }
        return new Staff(demo, generated);
    }

    private static Optional<Colleague> find(Connection connection, String username) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select id from app_user where username = ?")) {
            query.setString(1, username);
            try (ResultSet found = query.executeQuery()) {
                return found.next() ? Optional.of(new Colleague(found.getLong(1), username)) : Optional.empty();
            }
        }
    }

    private static String passwordHash(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select password_hash from app_user where username = ?")) {
            query.setString(1, DEMO_USERNAMES.get(Role.ACCOUNT_MANAGER));
            try (ResultSet found = query.executeQuery()) {
                return found.next() ? found.getString(1) : DEMO_PASSWORD_HASH;
            }
        }
    }

    /**
     * The team of the account at {@code index}; {@code draw} in [0, 1) picks its generated members, all with the one
     * draw, so that the generated colleagues work in teams that stay together from account to account.
     */
    Team teamOf(int index, double draw) {
        boolean demoTeam = index % DEMO_TEAM_EVERY == 0;
        return new Team(member(Role.ACCOUNT_MANAGER, demoTeam, draw), member(Role.BID_MANAGER, demoTeam, draw),
                member(Role.PROJECT_MANAGER, demoTeam, draw), member(Role.EXECUTIVE, demoTeam, draw),
                demoTeam ? demo.get(Role.VIEWER) : null);
    }

    private Colleague member(Role role, boolean demoTeam, double draw) {
        if (demoTeam && demo.containsKey(role)) {
            return demo.get(role);
        }
        List<Colleague> colleagues = generated.get(role);
        return colleagues.get((int) (draw * colleagues.size()));
    }
}
