package vn.vanban.batch;

import java.io.PrintWriter;
import vn.vanban.io.ProgressBar;

/**
 * Tells the clerk how a batch goes, on stderr: every failure and warning with its unit as it
 * happens, and the progress ({@link ProgressBar}).
 */
public final class ConsoleProgress implements BatchRun.Listener {

    private final PrintWriter err;
    private final ProgressBar bar;

    public ConsoleProgress(PrintWriter err, ProgressBar.Mode mode) {
        this.err = err;
        this.bar = new ProgressBar(err, mode, "đơn vị", "văn bản");
    }

    @Override
    public void started(int units) {
        bar.start();
    }

    @Override
    public void unitDone(UnitResult result, int done, int units) {
        boolean hasMessages = result.failed() || !result.warnings().isEmpty();
        if (hasMessages) {
            bar.clear();
            for (String warning : result.warnings()) {
                err.println(result.unit().where() + result.unit().label() + ": cảnh báo: " + warning);
            }
            if (result.failed()) {
                err.println(result.unit().where() + result.unit().label() + ": lỗi: " + result.failure());
            }
        }
        bar.step(done, units, hasMessages);
    }

    @Override
    public void finished(Summary summary) {
        bar.finish();
    }
}
