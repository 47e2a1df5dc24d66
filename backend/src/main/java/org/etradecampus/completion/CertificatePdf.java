package org.etradecampus.completion;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Draws a certificate as a one-page A4 landscape PDF in its holder's language, with a QR code of
 * the address where anyone can check it. DejaVu Sans (embedded, subset) prints every name.
 */
final class CertificatePdf {

    private static final float WIDTH = PDRectangle.A4.getHeight();
    private static final float HEIGHT = PDRectangle.A4.getWidth();

    private CertificatePdf() {
    }

    static byte[] render(Certificate c, String verifyUrl) {
        Locale locale = Locale.forLanguageTag(c.locale());
        ResourceBundle text = ResourceBundle.getBundle("certificate.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            PDFont regular = font(document, "/fonts/DejaVuSans.ttf");
            PDFont bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text.getString("title") + " - " + c.activityTitle());
            info.setAuthor("eTrade Campus");
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setLineWidth(2);
                content.addRect(30, 30, WIDTH - 60, HEIGHT - 60);
                content.stroke();
                float y = HEIGHT - 110;
                y = centred(content, bold, 30, text.getString("title"), y) - 40;
                y = centred(content, regular, 14, text.getString("certifies"), y) - 34;
                y = centred(content, bold, 26, c.holderName(), y) - 34;
                y = centred(content, regular, 14, text.getString("completed"), y) - 30;
                y = centred(content, bold, 18, c.activityTitle(), y) - 26;
                y = centred(content, regular, 13, MessageFormat.format(text.getString("dates"), dates.format(c.startDate()),
                        dates.format(c.endDate())), y) - 20;
                y = centred(content, regular, 12, MessageFormat.format(text.getString("programme"), c.programmeName()), y) - 18;
                if (c.organisations() != null) {
                    centred(content, regular, 12, MessageFormat.format(text.getString("organisations"),
                            c.organisations().replace("\n", ", ")), y);
                }
                qr(content, verifyUrl, 60, 60, 96);
                content.beginText();
                content.setFont(regular, 9);
                content.newLineAtOffset(170, 110);
                content.showText(text.getString("verify"));
                content.newLineAtOffset(0, -13);
                content.showText(verifyUrl);
                content.newLineAtOffset(0, -13);
                content.showText(MessageFormat.format(text.getString("code"), c.code()));
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(resource)) {
            return PDType0Font.load(document, in, true);
        }
    }

    private static float centred(PDPageContentStream page, PDFont font, float size, String line, float y) throws IOException {
        float width = font.getStringWidth(line) / 1000 * size;
        float fitted = width > WIDTH - 100 ? size * (WIDTH - 100) / width : size;
        float x = (WIDTH - font.getStringWidth(line) / 1000 * fitted) / 2;
        page.beginText();
        page.setFont(font, fitted);
        page.newLineAtOffset(x, y);
        page.showText(line);
        page.endText();
        return y;
    }

    private static void qr(PDPageContentStream page, String content, float x, float y, float size) throws IOException {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            float cell = size / matrix.getWidth();
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < matrix.getWidth(); column++) {
                    if (matrix.get(column, row)) {
                        page.addRect(x + column * cell, y + size - (row + 1) * cell, cell, cell);
                    }
                }
            }
            page.fill();
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }
}
