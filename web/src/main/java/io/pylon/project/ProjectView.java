package io.pylon.project;

import io.pylon.account.Account;
import io.pylon.account.Sector;
import io.pylon.api.MoneyView;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A project as the API shows it: its lifecycle {@code phase}, {@code nextGate} (none once closed or killed) and,
 * for a project Pylon started, the sector and contract type its gates came from; for an imported one, its
 * financier's id, sector shares, commitment, dates and status. {@code slippageDays}, in the project read on its own
 * (not in lists): how late it is, the largest slippage of its gates and milestones in days; absent when nothing of it
 * is planned.
 */
public record ProjectView(long id, long version, String externalId, String name, String country, AccountRef owner,
                          AccountRef borrower, Phase phase, GateCode nextGate, boolean killed, Sector sector,
                          ContractType contractType, List<SectorShareView> sectors, MoneyView commitment,
                          LocalDate approvedOn, LocalDate closesOn, ProjectStatus status, Long slippageDays) {

    /** An account a project refers to: enough to show and link it. */
    public record AccountRef(long id, String name) {

        static AccountRef of(Account account) {
            return account == null ? null : new AccountRef(account.id(), account.name());
        }
    }

    public record SectorShareView(String name, int percent) {
    }

    public static ProjectView of(Project project) {
        return of(project, Optional.empty());
    }

    static ProjectView of(Project project, Optional<Long> slippageDays) {
        return new ProjectView(project.id(), project.version(), project.externalId(), project.name(),
                project.country().value(), AccountRef.of(project.owner()), AccountRef.of(project.borrower()),
                project.phase(), project.nextGate().orElse(null), project.isKilled(), project.sector(),
                project.contractType(), project.sectors().stream().map(share -> new SectorShareView(share.name(), share.percent())).toList(),
                MoneyView.of(project.commitment()), project.approvedOn(), project.closesOn(), project.status(),
                slippageDays.orElse(null));
    }
}
