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

    private ExitCode() {
    }
}
