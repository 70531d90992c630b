package vn.vanban.batch;

/**
 * The counts of a finished batch.
 *
 * @param units the units the batch covered
 * @param created files that did not exist before
 * @param replaced files that existed with other bytes and were replaced
 * @param unchanged files that already held exactly these bytes
 * @param failed units whose files could not be made
 * @param nanos time from the first unit started to the last file written
 */
public record Summary(int units, int created, int replaced, int unchanged, int failed, long nanos) {

    public int written() {
        return created + replaced;
    }

    /** Files made per second, written or found unchanged: the batch's throughput. */
    public double filesPerSecond() {
        double seconds = nanos / 1e9;
        return seconds <= 0 ? 0 : (written() + unchanged) / seconds;
    }

    public double seconds() {
        return nanos / 1e9;
    }
}
