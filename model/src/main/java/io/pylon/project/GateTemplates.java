package io.pylon.project;

import static io.pylon.project.CriterionTemplate.mustMeet;
import static io.pylon.project.CriterionTemplate.shouldMeet;

import io.pylon.account.Sector;
import io.pylon.security.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The default gates of every sector and contract type, after DESIGN.md section 2: the criteria every project
 * meets at each gate, those its contract type adds (financing for EPC+F, the concession for PPP, the hand-over for
 * O&M) and those its sector adds (the permits and interfaces that stop such projects in practice).
 * <p>
 * Who decides: bid and design gates the bid managers with the executives; financial close the executives alone,
 * since it commits the company to build; taking-over and close-out the project managers with the executives.
 */
public final class GateTemplates {

    private static final Map<GateCode, Set<Role>> DECIDERS = new EnumMap<>(Map.of(
            GateCode.G0, Set.of(Role.EXECUTIVE, Role.ACCOUNT_MANAGER, Role.BID_MANAGER),
            GateCode.G1, Set.of(Role.EXECUTIVE, Role.BID_MANAGER),
            GateCode.G2, Set.of(Role.EXECUTIVE, Role.BID_MANAGER),
            GateCode.G3, Set.of(Role.EXECUTIVE),
            GateCode.G4, Set.of(Role.EXECUTIVE, Role.PROJECT_MANAGER),
            GateCode.G5, Set.of(Role.EXECUTIVE, Role.PROJECT_MANAGER)));

    private GateTemplates() {
    }

    /** The gates G1 to G5 of a new project of this sector and contract type, in order (G0 is its creation). */
    public static List<GateTemplate> defaults(Sector sector, ContractType contractType) {
        List<GateTemplate> gates = new ArrayList<>();
        for (GateCode code : GateCode.values()) {
            if (code == GateCode.G0) {
                continue;
            }
            List<CriterionTemplate> criteria = new ArrayList<>(common(code));
            criteria.addAll(forContract(code, contractType));
            criteria.addAll(forSector(code, sector));
            gates.add(new GateTemplate(code, DECIDERS.get(code), criteria));
        }
        return gates;
    }

    /** The roles that decide the gate by default. */
    public static Set<Role> deciders(GateCode code) {
        return DECIDERS.get(code);
    }

    private static List<CriterionTemplate> common(GateCode code) {
        return switch (code) {
            case G0 -> List.of();
            case G1 -> List.of(
                    mustMeet("Order-of-magnitude estimate (class 5)"),
                    mustMeet("Top risks named"),
                    shouldMeet("Competitors and our position assessed", 40),
                    shouldMeet("Client's decision makers met", 60));
            case G2 -> List.of(
                    mustMeet("Design frozen and class 3 estimate"),
                    mustMeet("Contractor IRR above the hurdle rate"),
                    mustMeet("Risk register with an owner for every risk"),
                    shouldMeet("Subcontractor quotes for the main packages", 50),
                    shouldMeet("Proposal reviewed by legal and tax", 50));
            case G3 -> List.of(
                    mustMeet("Contract signed"),
                    mustMeet("Sovereign guarantee or ministry of finance approval"),
                    mustMeet("Conditions precedent met"),
                    shouldMeet("Advance payment received", 100));
            case G4 -> List.of(
                    mustMeet("Mechanical completion"),
                    mustMeet("Commissioning tests passed"),
                    mustMeet("Taking-over certificate issued (starting point of credit)"),
                    shouldMeet("Punch list closed", 100));
            case G5 -> List.of(
                    mustMeet("Final account agreed"),
                    mustMeet("Repayment tracking handed over"),
                    shouldMeet("Lessons learned recorded", 50),
                    shouldMeet("Client satisfaction survey done", 50));
        };
    }

    private static List<CriterionTemplate> forContract(GateCode code, ContractType contractType) {
        return switch (contractType) {
            case EPC_F -> switch (code) {
                case G1 -> List.of(mustMeet("Financing route identified (export-credit eligibility)"));
                case G2 -> List.of(mustMeet("Term sheet inside the export-credit rules"));
                case G3 -> List.of(mustMeet("Loan agreement signed"), mustMeet("Export-credit cover issued"));
                default -> List.of();
            };
            case PPP -> switch (code) {
                case G1 -> List.of(mustMeet("Concession model and revenue risk allocation understood"));
                case G2 -> List.of(mustMeet("Financial model audited"));
                case G3 -> List.of(mustMeet("Concession agreement signed"), mustMeet("Financial close with the lenders"));
                default -> List.of();
            };
            case O_AND_M -> switch (code) {
                case G4 -> List.of(mustMeet("Operation and maintenance team mobilised"));
                case G5 -> List.of(mustMeet("Asset handed back in the agreed condition"));
                default -> List.of();
            };
            case EPC -> switch (code) {
                case G1 -> List.of(mustMeet("Client's funding confirmed (budget or financier)"));
                default -> List.of();
            };
        };
    }

    private static List<CriterionTemplate> forSector(GateCode code, Sector sector) {
        if (code == GateCode.G2) {
            return switch (sector) {
                case RAIL -> List.of(shouldMeet("Signalling and rolling-stock interfaces frozen", 40));
                case POWER -> List.of(shouldMeet("Grid connection studies accepted", 40));
                case PORT -> List.of(shouldMeet("Marine and geotechnical surveys done", 40));
                case AIRPORT -> List.of(shouldMeet("Airspace and apron layout agreed with the operator", 40));
                case WATER -> List.of(shouldMeet("Raw water quality and yield confirmed", 40));
                case ROAD, BRIDGE -> List.of(shouldMeet("Geotechnical investigation done", 40));
                case BUILDING -> List.of(shouldMeet("Space programme agreed with the users", 40));
            };
        }
        if (code == GateCode.G3) {
            return switch (sector) {
                case RAIL, ROAD, BRIDGE -> List.of(mustMeet("Land acquisition and resettlement plan approved"));
                case POWER -> List.of(mustMeet("Grid connection agreement signed"));
                case PORT, WATER -> List.of(mustMeet("Environmental permits issued"));
                case AIRPORT -> List.of(mustMeet("Civil aviation authority approval"));
                case BUILDING -> List.of(mustMeet("Building permit issued"));
            };
        }
        return List.of();
    }
}
