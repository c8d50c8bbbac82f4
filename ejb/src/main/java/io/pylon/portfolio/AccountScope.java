package io.pylon.portfolio;

import jakarta.persistence.Query;

/**
 * Which accounts a portfolio read covers: all of them, those on a user's teams, or one. It adds its condition to a
 * query on the path of the account id the query reads, so that each statement reads only the accounts in scope.
 */
public record AccountScope(String teamMember, Long accountId) {

    public static final AccountScope ALL = new AccountScope(null, null);

    public static AccountScope teamsOf(String username) {
        return new AccountScope(username, null);
    }

    public static AccountScope of(long accountId) {
        return new AccountScope(null, accountId);
    }

    /** The condition, to follow a where clause, on the account id at {@code accountIdPath}. */
    String and(String accountIdPath) {
        if (accountId != null) {
            return " and " + accountIdPath + " = :scopeAccount";
        }
        if (teamMember != null) {
            return " and " + accountIdPath
                    + " in (select m.account.id from TeamMember m where m.user.username = :scopeMember)";
        }
        return "";
    }

    /** The condition as a where clause of its own, or nothing for all accounts. */
    String where(String accountIdPath) {
        String condition = and(accountIdPath);
        return condition.isEmpty() ? "" : " where" + condition.substring(" and".length());
    }

    <Q extends Query> Q bind(Q query) {
        if (accountId != null) {
            query.setParameter("scopeAccount", accountId);
        } else if (teamMember != null) {
            query.setParameter("scopeMember", teamMember);
        }
        return query;
    }
}
