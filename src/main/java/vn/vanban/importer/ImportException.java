package vn.vanban.importer;

/** A file that cannot be imported, with a Vietnamese message saying why and, where there is one, what to do. */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
