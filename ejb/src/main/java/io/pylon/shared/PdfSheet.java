package io.pylon.shared;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What Pylon's printed documents share: a page with a title, headings, tables with a shaded header row, and text
 * set in runs of Helvetica where it can be and of the standard Chinese font STSong-Light (UniGB-UCS2-H) where
 * Helvetica has no glyph, so Chinese names and notes print. Both are standard PDF fonts that the viewer supplies,
 * so nothing is embedded. Charts are drawn as vector graphics in the same fonts.
 */
public final class PdfSheet {

    public static final float BODY = 9.5f;
    public static final float SMALL = 8f;
    public static final Color MUTED = new Color(0x6c, 0x75, 0x7d);
    private static final Color HEADER_FILL = new Color(0xe9, 0xec, 0xef);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** What a document puts on its sheet, in order. */
    @FunctionalInterface
    public interface Content {
        void addTo(PdfSheet sheet) throws DocumentException;
    }

    /** One bar of a chart: what it is, how long it is, and the figure written at its end. */
    public record Bar(String label, BigDecimal length, String figure) {
    }

    private static final float BAR_ROW = 14;
    private static final int LONGEST_BAR_LABEL = 48;

    private final Document document;
    private PdfWriter writer;
    private final BaseFont latin;
    private final BaseFont chinese;

    private PdfSheet(Rectangle page) {
        document = new Document(page, 42, 42, 48, 48);
        try {
            latin = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            chinese = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document {@code title} on pages of the given size, as PDF bytes. */
    public static byte[] write(Rectangle page, String title, Content content) {
        PdfSheet sheet = new PdfSheet(page);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        sheet.writer = PdfWriter.getInstance(sheet.document, pdf);
        sheet.document.addTitle(title);
        sheet.document.addCreator("Pylon");
        sheet.document.open();
        try {
            content.addTo(sheet);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out " + title, e);
        }
        sheet.document.close();
        return pdf.toByteArray();
    }

    public void add(Element element) throws DocumentException {
        document.add(element);
    }

    /** Starts the next page, after a cover for instance. */
    public void newPage() {
        document.newPage();
    }

    public void heading(String title) throws DocumentException {
        document.add(paragraph(text(title, 12, Font.BOLD, null), 10, 4));
    }

    /**
     * A horizontal bar chart across the page, drawn as vector graphics: each bar's label on the left (cut short past
     * {@value #LONGEST_BAR_LABEL} characters), its length in proportion to the longest bar, its figure after it.
     */
    public void bars(List<Bar> bars, Color colour) throws DocumentException {
        float width = document.right() - document.left();
        float labels = width * 0.34f;
        float longestBar = width - labels - 90;
        float height = BAR_ROW * bars.size() + 2;
        BigDecimal longest = bars.stream().map(Bar::length).max(BigDecimal::compareTo)
                .filter(length -> length.signum() > 0).orElse(BigDecimal.ONE);
        PdfTemplate chart = writer.getDirectContent().createTemplate(width, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float baseline = height - (i + 1) * BAR_ROW + 4;
            float length = bar.length().max(BigDecimal.ZERO).divide(longest, 6, RoundingMode.HALF_EVEN).floatValue()
                    * longestBar;
            ColumnText.showTextAligned(chart, Element.ALIGN_LEFT, text(shortened(bar.label()), SMALL, Font.NORMAL, null),
                    0, baseline, 0);
            chart.setColorFill(colour);
            chart.rectangle(labels, baseline - 2, Math.max(length, 0.5f), BAR_ROW - 5);
            chart.fill();
            ColumnText.showTextAligned(chart, Element.ALIGN_LEFT, text(bar.figure(), SMALL, Font.NORMAL, MUTED),
                    labels + length + 4, baseline, 0);
        }
        Image image = Image.getInstance(chart);
        image.setSpacingAfter(6);
        document.add(image);
    }

    private static String shortened(String label) {
        return label.length() <= LONGEST_BAR_LABEL ? label : label.substring(0, LONGEST_BAR_LABEL - 1) + "…";
    }

    public Paragraph none() {
        return paragraph(text("None recorded.", BODY, Font.ITALIC, MUTED), 0, 2);
    }

    public static Paragraph paragraph(Phrase phrase, float before, float after) {
        Paragraph paragraph = new Paragraph(phrase);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    /** A full-width table with a shaded header row repeated on each page, and the rows as plain text. */
    public PdfPTable table(float[] widths, List<String> headers, List<List<String>> rows) {
        return table(widths, headers, rows, headers.size());
    }

    /**
     * As {@link #table(float[], List, List)}, with the columns from {@code firstFigure} on aligned right, so that
     * amounts line up by their decimals.
     */
    public PdfPTable table(float[] widths, List<String> headers, List<List<String>> rows, int firstFigure) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(4);
        for (int column = 0; column < headers.size(); column++) {
            PdfPCell cell = aligned(cell(text(headers.get(column), BODY, Font.BOLD, null)), column >= firstFigure);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                table.addCell(aligned(cell(row.get(column)), column >= firstFigure));
            }
        }
        return table;
    }

    private static PdfPCell aligned(PdfPCell cell, boolean right) {
        cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    /** Labelled values, {@code perRow} pairs to a row: each label shaded, its value beside it. */
    public PdfPTable fields(List<Map.Entry<String, String>> pairs, int perRow) {
        float[] widths = new float[perRow * 2];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i % 2 == 0 ? 1.2f : 2.6f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingAfter(4);
        for (Map.Entry<String, String> pair : pairs) {
            PdfPCell label = cell(text(pair.getKey(), BODY, Font.BOLD, null));
            label.setBackgroundColor(HEADER_FILL);
            table.addCell(label);
            table.addCell(cell(pair.getValue()));
        }
        table.completeRow();
        return table;
    }

    public PdfPCell cell(String value) {
        return cell(text(value, BODY, Font.NORMAL, null));
    }

    public static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(4);
        return cell;
    }

    /** The text in runs of Helvetica and of STSong-Light, each character in the first that has it. */
    public Phrase text(String value, float size, int style, Color color) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(latin, size, style, color == null ? Color.BLACK : color));
        selector.addFont(new Font(chinese, size, style, color == null ? Color.BLACK : color));
        Phrase phrase = selector.process(value);
        return phrase.isEmpty() ? new Phrase(new Chunk(" ")) : phrase;
    }

    /** An enum constant in words: NOT_MET as "not met". */
    public static String label(Enum<?> value) {
        return value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** An instant to the minute, in UTC: 2026-11-27 10:00 UTC. */
    public static String at(Instant instant) {
        return MINUTES.format(instant);
    }

    /** An amount to the cent, with thousands separators: 1,176,470.59. */
    public static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_EVEN));
    }

    /** A decimal fraction as a percentage of {@code decimals} decimals: 0.0712 as "7.12%" for 2. */
    public static String percent(BigDecimal fraction, int decimals) {
        return fraction.movePointRight(2).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    /** A decimal fraction as a percentage with the digits it has: 0.0605 as "6.05%", 0.06 as "6%". */
    public static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    public static String orDash(Object value) {
        return value == null ? "—" : value.toString();
    }
}
