package io.pylon.account;

/** A member of an account team as the API shows them. */
public record TeamMemberView(String username, String displayName, TeamRole teamRole) {

    static TeamMemberView of(TeamMember member) {
        return new TeamMemberView(member.user().username(), member.user().displayName(), member.teamRole());
    }
}
