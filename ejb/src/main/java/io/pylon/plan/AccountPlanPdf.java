package io.pylon.plan;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.pylon.account.Account;
import io.pylon.security.User;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The account plan as an A4 PDF: the agency, then objectives, strengths, weaknesses, competitors
 * and development plans. Each run of text is set in Helvetica where it can be and in the standard
 * Chinese font STSong-Light (UniGB-UCS2-H) where Helvetica has no glyph, so Chinese names and
 * objectives print; both are standard PDF fonts that the viewer supplies, so nothing is embedded.
 */
final class AccountPlanPdf {

    private static final float BODY = 9.5f;
    private static final Color MUTED = new Color(0x6c, 0x75, 0x7d);
    private static final Color HEADER_FILL = new Color(0xe9, 0xec, 0xef);

    private final Document document = new Document(PageSize.A4, 42, 42, 48, 48);
    private final BaseFont latin;
    private final BaseFont chinese;

    private AccountPlanPdf() {
        try {
            latin = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            chinese = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] of(Account account, PlanWithObjectives plan) {
        return new AccountPlanPdf().render(account, plan);
    }

    private byte[] render(Account account, PlanWithObjectives withObjectives) {
        AccountPlan plan = withObjectives.plan();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfWriter.getInstance(document, pdf);
        document.addTitle("Account plan " + plan.year() + ": " + account.name());
        document.addCreator("Pylon");
        document.open();
        try {
            document.add(paragraph(text("Account plan " + plan.year(), 18, Font.BOLD, null), 0, 2));
            document.add(paragraph(text(account.name(), 13, Font.BOLD, null), 0, 0));
            if (account.nativeName() != null) {
                document.add(paragraph(text(account.nativeName(), 12, Font.NORMAL, null), 0, 0));
            }
            document.add(paragraph(text(account.country().value() + " · last changed by " + plan.lastChange().username()
                    + " on " + plan.lastChange().at().toString().substring(0, 10), 8, Font.NORMAL, MUTED), 2, 6));

            heading("Objectives");
            if (withObjectives.objectives().isEmpty()) {
                document.add(none());
            } else {
                document.add(objectives(withObjectives.objectives()));
            }
            heading("Strengths");
            document.add(bullets(plan.strengths()));
            heading("Weaknesses");
            document.add(bullets(plan.weaknesses()));
            heading("Competitors");
            document.add(plan.competitors().isEmpty() ? none() : table(new float[] {2, 5}, List.of("Competitor", "Position"),
                    plan.competitors().stream().map(competitor -> List.of(competitor.name(), orDash(competitor.position())))
                            .toList()));
            heading("The agency's development plans");
            document.add(plan.developmentPlans().isEmpty() ? none() : table(new float[] {4, 2, 2},
                    List.of("Plan", "Horizon", "Budget"),
                    plan.developmentPlans().stream().map(development -> List.of(development.name(),
                            development.horizonFrom() + "–" + development.horizonTo(),
                            development.budget() == null ? "—" : development.budget().toString())).toList()));
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the account plan", e);
        }
        document.close();
        return pdf.toByteArray();
    }

    private PdfPTable objectives(List<PlanObjective> objectives) {
        return table(new float[] {4, 2, 1.4f, 1.4f, 4}, List.of("Objective", "Owner", "Due", "Status", "Measures"),
                objectives.stream().map(objective -> {
                    ObjectiveDetails details = objective.details();
                    User owner = details.owner();
                    return List.of(details.title(), owner.displayName(), details.dueOn().toString(),
                            details.status().name().replace('_', ' ').toLowerCase(),
                            details.measures().isEmpty() ? "—" : details.measures().stream()
                                    .map(measure -> measure.description() + ": " + measure.target())
                                    .collect(Collectors.joining("\n")));
                }).toList());
    }

    private PdfPTable table(float[] widths, List<String> headers, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(4);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(text(header, BODY, Font.BOLD, null));
            cell.setBackgroundColor(HEADER_FILL);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(text(value, BODY, Font.NORMAL, null));
                cell.setPadding(4);
                table.addCell(cell);
            }
        }
        return table;
    }

    private Paragraph bullets(List<String> items) {
        if (items.isEmpty()) {
            return none();
        }
        Paragraph list = new Paragraph();
        for (String item : items) {
            Paragraph line = paragraph(text("•  " + item, BODY, Font.NORMAL, null), 0, 1);
            line.setIndentationLeft(10);
            list.add(line);
        }
        return list;
    }

    private void heading(String title) throws DocumentException {
        document.add(paragraph(text(title, 12, Font.BOLD, null), 10, 4));
    }

    private Paragraph none() {
        return paragraph(text("None recorded.", BODY, Font.ITALIC, MUTED), 0, 2);
    }

    private static Paragraph paragraph(Phrase phrase, float before, float after) {
        Paragraph paragraph = new Paragraph(phrase);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    /** The text in runs of Helvetica and of STSong-Light, each character in the first that has it. */
    private Phrase text(String value, float size, int style, Color color) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(latin, size, style, color == null ? Color.BLACK : color));
        selector.addFont(new Font(chinese, size, style, color == null ? Color.BLACK : color));
        Phrase phrase = selector.process(value);
        return phrase.isEmpty() ? new Phrase(new Chunk(" ")) : phrase;
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }
}
