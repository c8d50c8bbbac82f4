package io.pylon.plan;

import static io.pylon.shared.PdfSheet.BODY;
import static io.pylon.shared.PdfSheet.MUTED;
import static io.pylon.shared.PdfSheet.label;
import static io.pylon.shared.PdfSheet.orDash;
import static io.pylon.shared.PdfSheet.paragraph;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import io.pylon.account.Account;
import io.pylon.security.User;
import io.pylon.shared.PdfSheet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The account plan as an A4 PDF: the agency, then objectives, strengths, weaknesses, competitors and development
 * plans, Chinese names and objectives included ({@link PdfSheet}).
 */
final class AccountPlanPdf {

    private final PdfSheet sheet;

    private AccountPlanPdf(PdfSheet sheet) {
        this.sheet = sheet;
    }

    static byte[] of(Account account, PlanWithObjectives plan) {
        return PdfSheet.write(PageSize.A4, "Account plan " + plan.plan().year() + ": " + account.name(),
                sheet -> new AccountPlanPdf(sheet).render(account, plan));
    }

    private void render(Account account, PlanWithObjectives withObjectives) throws DocumentException {
        AccountPlan plan = withObjectives.plan();
        sheet.add(paragraph(sheet.text("Account plan " + plan.year(), 18, Font.BOLD, null), 0, 2));
        sheet.add(paragraph(sheet.text(account.name(), 13, Font.BOLD, null), 0, 0));
        if (account.nativeName() != null) {
            sheet.add(paragraph(sheet.text(account.nativeName(), 12, Font.NORMAL, null), 0, 0));
        }
        sheet.add(paragraph(sheet.text(account.country().value() + " · last changed by " + plan.lastChange().username()
                + " on " + plan.lastChange().at().toString().substring(0, 10), 8, Font.NORMAL, MUTED), 2, 6));

        sheet.heading("Objectives");
        sheet.add(withObjectives.objectives().isEmpty() ? sheet.none() : objectives(withObjectives.objectives()));
        sheet.heading("Strengths");
        sheet.add(bullets(plan.strengths()));
        sheet.heading("Weaknesses");
        sheet.add(bullets(plan.weaknesses()));
        sheet.heading("Competitors");
        sheet.add(plan.competitors().isEmpty() ? sheet.none() : sheet.table(new float[] {2, 5},
                List.of("Competitor", "Position"), plan.competitors().stream()
                        .map(competitor -> List.of(competitor.name(), orDash(competitor.position()))).toList()));
        sheet.heading("The agency's development plans");
        sheet.add(plan.developmentPlans().isEmpty() ? sheet.none() : sheet.table(new float[] {4, 2, 2},
                List.of("Plan", "Horizon", "Budget"),
                plan.developmentPlans().stream().map(development -> List.of(development.name(),
                        development.horizonFrom() + "–" + development.horizonTo(),
                        orDash(development.budget()))).toList()));
    }

    private PdfPTable objectives(List<PlanObjective> objectives) {
        return sheet.table(new float[] {4, 2, 1.4f, 1.4f, 4}, List.of("Objective", "Owner", "Due", "Status", "Measures"),
                objectives.stream().map(objective -> {
                    ObjectiveDetails details = objective.details();
                    User owner = details.owner();
                    return List.of(details.title(), owner.displayName(), details.dueOn().toString(),
                            label(details.status()),
                            details.measures().isEmpty() ? "—" : details.measures().stream()
                                    .map(measure -> measure.description() + ": " + measure.target())
                                    .collect(Collectors.joining("\n")));
                }).toList());
    }

    private Paragraph bullets(List<String> items) {
        if (items.isEmpty()) {
            return sheet.none();
        }
        Paragraph list = new Paragraph();
        for (String item : items) {
            Paragraph line = paragraph(sheet.text("•  " + item, BODY, Font.NORMAL, null), 0, 1);
            line.setIndentationLeft(10);
            list.add(line);
        }
        return list;
    }
}
