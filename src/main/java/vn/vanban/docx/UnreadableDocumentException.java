package vn.vanban.docx;

/**
 * A file that cannot be read as a document: not a .docx (or, for import, a .txt), damaged, or not
 * recognisable as a plan; with a Vietnamese message saying why and, where there is one, what to do.
 */
public final class UnreadableDocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
