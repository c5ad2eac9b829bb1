package id.patuh.reports.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/** QR codes as PNG data URIs for the PDF templates (the renderer embeds them; nothing is fetched). */
final class QrCodes {

    private QrCodes() {
    }

    /**
     * A QR code of {@code text}. Error correction M survives a crease or a stamp over a corner of a printed
     * certificate; each module is drawn 8 px wide so the image stays sharp at 35 mm in print.
     */
    static String pngDataUri(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BitMatrix scaled = scale(matrix, 8);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(scaled, "PNG", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for " + text, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BitMatrix scale(BitMatrix matrix, int factor) {
        BitMatrix scaled = new BitMatrix(matrix.getWidth() * factor, matrix.getHeight() * factor);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    scaled.setRegion(x * factor, y * factor, factor, factor);
                }
            }
        }
        return scaled;
    }
}
