package vn.vanban.batch;

import java.io.PrintWriter;
import vn.vanban.model.VietnameseNames;

/**
 * Tells the clerk how a batch goes, on stderr: every failure and warning with its unit as it
 * happens; and progress, as a bar redrawn in place on a terminal or as a plain line at every
 * tenth of the units otherwise (a log file should not fill with carriage returns).
 */
public final class ConsoleProgress implements BatchRun.Listener {

    public enum Mode {
        /** A bar redrawn in place; for a terminal. */
        BAR,
        /** A line at every tenth of the units; for logs and pipes. */
        LINES,
        /** Failures and warnings only. */
        NONE
    }

    private static final int BAR_WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final String CLEAR_LINE = "\r\033[K";

    private final PrintWriter err;
    private final Mode mode;
    private long started;
    private long lastDraw;
    private boolean barShown;

    public ConsoleProgress(PrintWriter err, Mode mode) {
        this.err = err;
        this.mode = mode;
    }

    @Override
    public void started(int units) {
        started = System.nanoTime();
    }

    @Override
    public void unitDone(UnitResult result, int done, int units) {
        boolean hasMessages = result.failed() || !result.warnings().isEmpty();
        if (hasMessages) {
            clearBar();
            for (String warning : result.warnings()) {
                err.println(result.unit().where() + result.unit().label() + ": cảnh báo: " + warning);
            }
            if (result.failed()) {
                err.println(result.unit().where() + result.unit().label() + ": lỗi: " + result.failure());
            }
        }
        if (mode == Mode.LINES && tenth(done, units) > tenth(done - 1, units)) {
            err.printf(VietnameseNames.VIETNAMESE, "Đã xử lý %d/%d đơn vị (%d%%)%n", done, units, done * 100 / units);
        } else if (mode == Mode.BAR) {
            long now = System.nanoTime();
            if (hasMessages || done == units || now - lastDraw >= REDRAW_NANOS) {
                drawBar(done, units, now);
                lastDraw = now;
            }
        }
        err.flush();
    }

    @Override
    public void finished(Summary summary) {
        if (barShown) {
            err.println();
            barShown = false;
        }
        err.flush();
    }

    private static int tenth(int done, int units) {
        return units == 0 ? 0 : done * 10 / units;
    }

    private void drawBar(int done, int units, long now) {
        int filled = units == 0 ? BAR_WIDTH : done * BAR_WIDTH / units;
        double seconds = (now - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder line = new StringBuilder(CLEAR_LINE).append('[');
        line.append("█".repeat(filled)).append("░".repeat(BAR_WIDTH - filled)).append("] ");
        line.append(String.format(VietnameseNames.VIETNAMESE, "%3d%% %d/%d đơn vị · %.0f văn bản/giây", done * 100 / Math.max(units, 1),
                done, units, rate));
        if (rate > 0 && done < units) {
            line.append(String.format(VietnameseNames.VIETNAMESE, " · còn %.0f giây", (units - done) / rate));
        }
        err.print(line);
        barShown = true;
    }

    private void clearBar() {
        if (barShown) {
            err.print(CLEAR_LINE);
            barShown = false;
        }
    }
}
