package io.pylon.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text read back by PDFBox without whitespace, the way a test compares it: {@code text} in the order it was
 * laid out (a table cell's lines together), {@code inReadingOrder} sorted by position on the page (top to bottom).
 */
public record PdfText(String text, String inReadingOrder) {

    public static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String text = squeezed(stripper.getText(document));
            stripper.setSortByPosition(true);
            return new PdfText(text, squeezed(stripper.getText(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
