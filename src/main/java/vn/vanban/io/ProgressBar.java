package vn.vanban.io;

import java.io.PrintWriter;
import vn.vanban.model.VietnameseNames;

/**
 * Progress of a long run on stderr: a bar redrawn in place on a terminal, a plain line at every
 * tenth otherwise (a log file should not fill with carriage returns), or nothing. Messages printed
 * while it runs first clear the bar.
 */
public final class ProgressBar {

    public enum Mode {
        /** A bar redrawn in place; for a terminal. */
        BAR,
        /** A line at every tenth of the work; for logs and pipes. */
        LINES,
        /** Nothing. */
        NONE
    }

    private static final int BAR_WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final String CLEAR_LINE = "\r\033[K";

    private final PrintWriter err;
    private final Mode mode;
    private final String things;
    private final String rateOf;
    private long started;
    private long lastDraw;
    private boolean barShown;

    /**
     * @param things what is counted, as the line names it: "đơn vị", "tệp"
     * @param rateOf what the rate counts: "văn bản", "tệp"
     */
    public ProgressBar(PrintWriter err, Mode mode, String things, String rateOf) {
        this.err = err;
        this.mode = mode;
        this.things = things;
        this.rateOf = rateOf;
    }

    public void start() {
        started = System.nanoTime();
    }

    /** One more done; redraws the bar now and then, or at once when a message was just printed. */
    public void step(int done, int total, boolean redrawNow) {
        if (mode == Mode.LINES && tenth(done, total) > tenth(done - 1, total)) {
            err.printf(VietnameseNames.VIETNAMESE, "Đã xử lý %d/%d %s (%d%%)%n", done, total, things, done * 100 / total);
        } else if (mode == Mode.BAR) {
            long now = System.nanoTime();
            if (redrawNow || done == total || now - lastDraw >= REDRAW_NANOS) {
                draw(done, total, now);
                lastDraw = now;
            }
        }
        err.flush();
    }

    /** Takes the bar off its line, so that a message can be printed there. */
    public void clear() {
        if (barShown) {
            err.print(CLEAR_LINE);
            barShown = false;
        }
    }

    /** Ends the bar's line. */
    public void finish() {
        if (barShown) {
            err.println();
            barShown = false;
        }
        err.flush();
    }

    private static int tenth(int done, int total) {
        return total == 0 ? 0 : done * 10 / total;
    }

    private void draw(int done, int total, long now) {
        int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
        double seconds = (now - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder line = new StringBuilder(CLEAR_LINE).append('[');
        line.append("█".repeat(filled)).append("░".repeat(BAR_WIDTH - filled)).append("] ");
        line.append(String.format(VietnameseNames.VIETNAMESE, "%3d%% %d/%d %s · %.0f %s/giây", done * 100 / Math.max(total, 1),
                done, total, things, rate, rateOf));
        if (rate > 0 && done < total) {
            line.append(String.format(VietnameseNames.VIETNAMESE, " · còn %.0f giây", (total - done) / rate));
        }
        err.print(line);
        barShown = true;
    }
}
