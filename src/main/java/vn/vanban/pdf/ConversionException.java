package vn.vanban.pdf;

/** LibreOffice ran but gave no PDF: it failed, or ran out of time and was stopped. The message is in Vietnamese. */
public final class ConversionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean timedOut;

    ConversionException(String message, boolean timedOut) {
        super(message);
        this.timedOut = timedOut;
    }

    /** Whether LibreOffice was stopped because it took longer than its time limit. */
    public boolean timedOut() {
        return timedOut;
    }
}
