package io.pylon.project;

import static io.pylon.shared.PdfSheet.BODY;
import static io.pylon.shared.PdfSheet.MUTED;
import static io.pylon.shared.PdfSheet.SMALL;
import static io.pylon.shared.PdfSheet.at;
import static io.pylon.shared.PdfSheet.label;
import static io.pylon.shared.PdfSheet.orDash;
import static io.pylon.shared.PdfSheet.paragraph;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.pylon.account.Account;
import io.pylon.shared.PdfSheet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A gate's review sheet as an A4 PDF, the way stage-gate reviews are filed: the project and the gate, the criteria
 * with their assessment and evidence files, the weighted score of the should-meet ones, the decisions taken, oldest
 * first, and a line per deciding role to sign. Chinese names and notes print ({@link PdfSheet}).
 */
final class GateReviewPdf {

    /** Enough of a SHA-256 to tell files apart on paper; the API gives it whole. */
    private static final int SHORT_SHA = 12;

    private final PdfSheet sheet;
    private final GateReview review;

    private GateReviewPdf(PdfSheet sheet, GateReview review) {
        this.sheet = sheet;
        this.review = review;
    }

    static byte[] of(GateReview review) {
        Gate gate = review.gate();
        return PdfSheet.write(PageSize.A4, "Gate review " + gate.code() + ": " + gate.project().name(),
                sheet -> new GateReviewPdf(sheet, review).render());
    }

    private void render() throws DocumentException {
        Gate gate = review.gate();
        Project project = gate.project();
        sheet.add(paragraph(sheet.text("Gate review " + gate.code() + " · " + title(gate.code()), 18, Font.BOLD, null),
                0, 2));
        sheet.add(paragraph(sheet.text(project.name(), 13, Font.BOLD, null), 0, 6));
        Account owner = project.owner();
        sheet.add(sheet.fields(List.of(
                Map.entry("Owner account", owner.nativeName() == null ? owner.name()
                        : owner.name() + "\n" + owner.nativeName()),
                Map.entry("Country", project.country().value()),
                Map.entry("Sector", orDash(project.sector() == null ? null : label(project.sector()))),
                Map.entry("Contract type", orDash(project.contractType() == null ? null
                        : contractType(project.contractType()))),
                Map.entry("Phase", project.isKilled() ? "killed" : orDash(project.phase() == null ? null
                        : label(project.phase()))),
                Map.entry("Gate", gate.code() + " " + title(gate.code())),
                Map.entry("Passes", gate.code().from().map(PdfSheet::label).orElse("opportunity") + " → "
                        + label(gate.code().to())),
                Map.entry("State", label(gate.state())),
                Map.entry("Planned", orDash(gate.plannedOn())),
                Map.entry("Actual", orDash(gate.actualOn())),
                Map.entry("Slippage", gate.slippageDays(review.today()).map(days -> days + " days").orElse("—")),
                Map.entry("Decided by", gate.deciders().stream().sorted().map(PdfSheet::label)
                        .collect(Collectors.joining(", ")))), 2));

        sheet.heading("Criteria");
        sheet.add(gate.criteria().isEmpty() ? sheet.none() : criteria(gate.criteria()));
        sheet.add(paragraph(sheet.text(gate.weightedScore().map(score -> "Weighted score of the should-meet criteria: "
                + score.average() + " of " + GateCriterion.MAX_SCORE + " (" + score.percent() + "%), "
                + score.scoredWeight() + " of " + score.totalWeight() + " weight scored")
                .orElse("Weighted score of the should-meet criteria: none scored yet"), BODY, Font.BOLD, null), 2, 2));

        sheet.heading("Decisions");
        sheet.add(review.decisions().isEmpty() ? sheet.none() : decisions());

        sheet.heading("Signatures");
        sheet.add(signatures());
        sheet.add(paragraph(sheet.text("Printed by Pylon on " + review.today(), SMALL, Font.NORMAL, MUTED), 8, 0));
    }

    private PdfPTable criteria(List<GateCriterion> criteria) {
        List<String> headers = List.of("#", "Criterion", "Kind", "Weight", "Status", "Score", "Note or waiver reason");
        PdfPTable table = sheet.table(new float[] {0.5f, 4, 1.6f, 1.1f, 1.1f, 0.9f, 3.8f}, headers, List.of());
        for (GateCriterion criterion : criteria) {
            boolean shouldMeet = criterion.kind() == CriterionKind.SHOULD_MEET;
            List.of(String.valueOf(criterion.position()), criterion.text(), label(criterion.kind()),
                            shouldMeet ? String.valueOf(criterion.weight()) : "—", label(criterion.status()),
                            shouldMeet ? orDash(criterion.score()) : "—", note(criterion))
                    .forEach(value -> table.addCell(sheet.cell(value)));
            List<Evidence> files = review.evidenceOf(criterion);
            if (!files.isEmpty()) {
                PdfPCell evidence = PdfSheet.cell(sheet.text("Evidence:\n" + files.stream().map(this::evidence)
                        .collect(Collectors.joining("\n")), SMALL, Font.NORMAL, MUTED));
                evidence.setColspan(headers.size());
                table.addCell(evidence);
            }
        }
        return table;
    }

    private String note(GateCriterion criterion) {
        String note = criterion.status() == CriterionStatus.WAIVED ? "Waived: " + criterion.note() : orDash(criterion.note());
        return criterion.changedBy() == null ? note
                : note + "\n(" + review.nameOf(criterion.changedBy()) + ", " + at(criterion.changedAt()) + ")";
    }

    private String evidence(Evidence file) {
        return "•  " + file.fileName() + " · " + file.contentType() + " · " + size(file.sizeBytes()) + " · "
                + review.nameOf(file.uploadedBy()) + ", " + at(file.uploadedAt()) + " · SHA-256 "
                + file.sha256().substring(0, SHORT_SHA);
    }

    private PdfPTable decisions() {
        return sheet.table(new float[] {0.5f, 2.3f, 4, 3, 1.6f, 1.7f},
                List.of("#", "Decision", "Rationale", "Conditions", "By", "When"),
                IntStream.range(0, review.decisions().size()).mapToObj(index -> {
                    GateDecision decision = review.decisions().get(index);
                    return List.of(String.valueOf(index + 1),
                            label(decision.decision()).toUpperCase(Locale.ROOT),
                            decision.rationale(),
                            decision.conditions().isEmpty() ? "—" : decision.conditions().stream()
                                    .map(condition -> condition.text() + " (due " + condition.dueOn() + ")")
                                    .collect(Collectors.joining("\n")),
                            review.nameOf(decision.decidedBy()),
                            at(decision.decidedAt()));
                }).toList());
    }

    private PdfPTable signatures() {
        PdfPTable table = sheet.table(new float[] {2, 3, 1.5f, 3.5f}, List.of("Role", "Name", "Date", "Signature"),
                List.of());
        for (GateReview.Signature signature : review.signatures()) {
            for (String value : List.of(label(signature.role()), signature.name().orElse(""),
                    signature.on().map(Object::toString).orElse(""), "")) {
                PdfPCell cell = sheet.cell(value);
                cell.setMinimumHeight(30);
                table.addCell(cell);
            }
        }
        return table;
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes + 1023) / 1024 + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** The gate's name, as DESIGN.md section 2 gives it. */
    private static String title(GateCode code) {
        return switch (code) {
            case G0 -> "Pursue";
            case G1 -> "Bid / no-bid";
            case G2 -> "Design frozen, proposal submitted";
            case G3 -> "Financial close";
            case G4 -> "Taking-over";
            case G5 -> "Close-out";
        };
    }

    private static String contractType(ContractType type) {
        return switch (type) {
            case EPC -> "EPC";
            case EPC_F -> "EPC+F";
            case PPP -> "PPP";
            case O_AND_M -> "O&M";
        };
    }
}
