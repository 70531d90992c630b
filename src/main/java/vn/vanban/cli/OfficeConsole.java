package vn.vanban.cli;

import java.io.PrintWriter;
import vn.vanban.pdf.ConversionException;
import vn.vanban.pdf.OfficeMissingException;
import vn.vanban.pdf.PdfConverter;

/** Converts a rendered .docx to PDF for a command; when LibreOffice is missing or fails, says so and what to do. */
final class OfficeConsole {

    private OfficeConsole() {
    }

    /**
     * The PDF, or null after telling the clerk why there is none.
     *
     * @param target where the result would have gone (the .pdf file, the preview folder)
     * @param what what could not be made ("PDF", "ảnh trang"), and what the clerk has nonetheless
     */
    static byte[] pdf(byte[] docx, String target, String what, PrintWriter err) {
        String head = target + ": chưa tạo được " + what + ": ";
        try (PdfConverter converter = PdfConverter.create()) {
            return converter.convert(docx);
        } catch (OfficeMissingException e) {
            boolean first = true;
            for (String line : e.lines()) {
                err.println(first ? head + line : line);
                first = false;
            }
        } catch (ConversionException e) {
            err.println(head + e.getMessage());
        }
        err.flush();
        return null;
    }
}
