package io.pylon.generator;

import io.pylon.account.TeamRole;
import io.pylon.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An account's team: its lead (an account manager), bid lead, project lead, sponsor (an executive), and on the accounts
 * the demo users look after, the demo viewer as a member. Decisions, reviews and records name the member whose role
 * the task needs.
 */
record Team(Colleague lead, Colleague bidLead, Colleague projectLead, Colleague sponsor, Colleague member) {

    record Membership(Colleague colleague, TeamRole role) {
    }

    /** Who decides a gate that these roles decide: the working role it names before the executive. */
    Colleague decider(Set<Role> deciders) {
        if (deciders.contains(Role.ACCOUNT_MANAGER)) {
            return lead;
        }
        if (deciders.contains(Role.BID_MANAGER)) {
            return bidLead;
        }
        if (deciders.contains(Role.PROJECT_MANAGER)) {
            return projectLead;
        }
        return sponsor;
    }

    List<Membership> memberships() {
        List<Membership> memberships = new ArrayList<>(List.of(new Membership(lead, TeamRole.ACCOUNT_LEAD),
                new Membership(bidLead, TeamRole.BID_LEAD), new Membership(projectLead, TeamRole.PROJECT_LEAD),
                new Membership(sponsor, TeamRole.SPONSOR)));
        if (member != null) {
            memberships.add(new Membership(member, TeamRole.MEMBER));
        }
        return memberships;
    }
}
