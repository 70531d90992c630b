package vn.vanban.cli;

/** What a vanban command's exit status means, the same for every command. */
public final class ExitCode {

    /** Done; for check: no findings. */
    public static final int OK = 0;
    /** check found problems in the document; batch: some units failed. */
    public static final int FINDINGS = 1;
    /** The input or the command line could not be used; nothing was written. */
    public static final int BAD_INPUT = 2;
    /** A fault in vanban itself. */
    public static final int INTERNAL = 3;
    /**
     * The PDF or the page images could not be made, because LibreOffice is missing, failed or ran
     * out of time; whatever does not need LibreOffice (the .docx of render --pdf) was written. Not 0,
     * so that a script notices the missing PDF; not 2, which promises that nothing was written.
     */
    public static final int NO_PDF = 4;

    private ExitCode() {
    }
}
