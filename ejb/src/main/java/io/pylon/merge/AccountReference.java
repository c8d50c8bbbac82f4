package io.pylon.merge;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;

/**
 * A column that references {@code account(id)}, and what merging one account into another does
 * to its rows: {@link #moved} to the surviving account; {@link #movedUnlessPresent} there unless
 * the surviving account has a row with the same {@code key} (then the merged account's row goes,
 * for columns unique together with the key); {@link #movedUnlessSurvivorHasOne} for tables of one
 * row per account, where the surviving account's row wins; or {@link #dropped} with the merged account.
 * Table and column names are constants of this code, never input.
 */
public record AccountReference(String table, String column, Handling handling, String key) {

    public enum Handling { MOVE, MOVE_UNLESS_PRESENT, MOVE_UNLESS_SURVIVOR_HAS_ONE, DROP }

    public AccountReference {
        Objects.requireNonNull(table);
        Objects.requireNonNull(column);
        Objects.requireNonNull(handling);
        if ((handling == Handling.MOVE_UNLESS_PRESENT) != (key != null)) {
            throw new IllegalArgumentException("a key is needed exactly when moving unless present");
        }
    }

    public static AccountReference moved(String table, String column) {
        return new AccountReference(table, column, Handling.MOVE, null);
    }

    public static AccountReference movedUnlessPresent(String table, String column, String key) {
        return new AccountReference(table, column, Handling.MOVE_UNLESS_PRESENT, key);
    }

    public static AccountReference movedUnlessSurvivorHasOne(String table, String column) {
        return new AccountReference(table, column, Handling.MOVE_UNLESS_SURVIVOR_HAS_ONE, null);
    }

    public static AccountReference dropped(String table, String column) {
        return new AccountReference(table, column, Handling.DROP, null);
    }

    /** Applies the handling to the rows of account {@code merged}; the statements run in the caller's transaction. */
    void apply(EntityManager em, long merged, long surviving) {
        for (String sql : statements()) {
            var statement = em.createNativeQuery(sql).setParameter("merged", merged);
            if (sql.contains(":surviving")) {
                statement.setParameter("surviving", surviving);
            }
            statement.executeUpdate();
        }
    }

    private List<String> statements() {
        String move = "update " + table + " set " + column + " = :surviving where " + column + " = :merged";
        String drop = "delete from " + table + " where " + column + " = :merged";
        return switch (handling) {
            case MOVE -> List.of(move);
            case MOVE_UNLESS_PRESENT -> List.of(drop + " and " + key + " in (select " + key + " from " + table
                    + " where " + column + " = :surviving)", move);
            case MOVE_UNLESS_SURVIVOR_HAS_ONE -> List.of(drop + " and exists (select 1 from " + table + " where " + column
                    + " = :surviving)", move);
            case DROP -> List.of(drop);
        };
    }
}
