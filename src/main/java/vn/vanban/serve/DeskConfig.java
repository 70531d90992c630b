package vn.vanban.serve;

import java.nio.file.Path;
import vn.vanban.pdf.OfficeLocator;

/**
 * How the clerk's desk runs.
 *
 * @param folder the folder whose plans the page may open and save; nothing outside it is reached
 * @param port the port on 127.0.0.1, or 0 for any free one
 * @param uploadLimit the largest request body accepted, in bytes (a plan's text or a dropped file)
 * @param office where LibreOffice is looked for, for PDF and the page preview
 */
public record DeskConfig(Path folder, int port, long uploadLimit, OfficeLocator office) {

    /** 20 MB: ten times the largest plan with pictures seen so far, far below what would strain memory. */
    public static final long UPLOAD_LIMIT = 20L * 1024 * 1024;

    public static DeskConfig of(Path folder, int port) {
        return new DeskConfig(folder, port, UPLOAD_LIMIT, OfficeLocator.forThisMachine());
    }
}
