package vn.vanban.batch;

import java.io.IOException;

/** Where a batch's files go: a directory, or one archive. */
public interface DocumentSink {

    /** What writing a file did. */
    enum Outcome {
        /** The file did not exist and was written. */
        NEW,
        /** The file existed with other bytes and was replaced (--force). */
        REPLACED,
        /** The file existed with exactly these bytes and was left alone. */
        UNCHANGED
    }

    /**
     * Whether {@link #write} may be called from several threads at once. When not, the batch
     * calls it from one thread, in the order of the units, so that an archive is deterministic.
     */
    boolean concurrent();

    /** @throws UnitFailure when the file cannot be written for a reason the clerk can fix (an existing file) */
    Outcome write(OutputFile file) throws UnitFailure, IOException;

    /** After the last unit: put the result in place. */
    void finish() throws IOException;

    /** When the batch stops on a fault: remove anything half-made. Never throws. */
    void abandon();
}
