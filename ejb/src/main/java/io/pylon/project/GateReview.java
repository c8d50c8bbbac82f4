package io.pylon.project;

import io.pylon.security.Role;
import io.pylon.security.User;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a gate's review sheet shows: the gate with its project, criteria and deciders loaded, the evidence files of
 * its criteria (without their bytes), its decisions oldest first, and the people named in them by username.
 */
record GateReview(Gate gate, List<Evidence> evidence, List<GateDecision> decisions, Map<String, User> people,
                  LocalDate today) {

    /** A line of the signatures block: who signed for a deciding role and when, blank while no one has. */
    record Signature(Role role, Optional<String> name, Optional<LocalDate> on) {
    }

    /**
     * One line per deciding role, in the roles' order: the latest decision taken by someone holding that role
     * names its signatory and date.
     */
    List<Signature> signatures() {
        return gate.deciders().stream().sorted().map(role -> decisions.stream()
                .filter(decision -> holds(decision.decidedBy(), role))
                .max(Comparator.comparing(GateDecision::decidedAt))
                .map(decision -> new Signature(role, Optional.of(nameOf(decision.decidedBy())),
                        Optional.of(LocalDate.ofInstant(decision.decidedAt(), ZoneOffset.UTC))))
                .orElse(new Signature(role, Optional.empty(), Optional.empty()))).toList();
    }

    /** The criterion's files; loaded in one persistence context, its criterion is the very same object. */
    List<Evidence> evidenceOf(GateCriterion criterion) {
        return evidence.stream().filter(file -> file.criterion() == criterion).toList();
    }

    /** The display name of a username, or the username of someone no longer on file. */
    String nameOf(String username) {
        User user = people.get(username);
        return user == null ? username : user.displayName();
    }

    private boolean holds(String username, Role role) {
        User user = people.get(username);
        return user != null && user.hasRole(role);
    }
}
