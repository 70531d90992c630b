package vn.vanban.serve;

import java.util.List;
import vn.vanban.pdf.ConversionException;
import vn.vanban.pdf.OfficeLocator;
import vn.vanban.pdf.OfficeMissingException;
import vn.vanban.pdf.PdfConverter;

/**
 * The desk's one LibreOffice worker, started on the first PDF or preview and kept for the run:
 * requests take turns. LibreOffice installed while the desk runs is found on the next request.
 */
final class PdfWorker implements AutoCloseable {

    private final OfficeLocator locator;
    private PdfConverter converter;

    PdfWorker(OfficeLocator locator) {
        this.locator = locator;
    }

    synchronized byte[] pdf(byte[] docx) throws OfficeMissingException, ConversionException {
        if (converter == null) {
            converter = PdfConverter.create(locator.locate(), PdfConverter.Limits.DEFAULT);
        }
        return converter.convert(docx);
    }

    /** Why there will be no PDF, as lines for the clerk; empty when LibreOffice is there. */
    List<String> missing() {
        try {
            locator.locate();
            return List.of();
        } catch (OfficeMissingException e) {
            return e.lines();
        }
    }

    @Override
    public synchronized void close() {
        if (converter != null) {
            converter.close();
            converter = null;
        }
    }
}
