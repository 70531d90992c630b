package vn.vanban.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process and every process it started. */
final class ProcessTree {

    private static final long WAIT_SECONDS = 10;

    private ProcessTree() {
    }

    /**
     * soffice is a launcher (a shell script and oosplash on Linux, soffice.exe on Windows) that
     * starts soffice.bin, which does the work: killing only the launcher would leave the worker
     * running. The children are listed before the launcher dies, since they are no longer its
     * descendants afterwards, and it is killed first so that it cannot start another.
     */
    static void kill(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        List<ProcessHandle> all = new ArrayList<>(children);
        for (ProcessHandle child : children) {
            all.addAll(child.descendants().toList());
        }
        for (ProcessHandle handle : all) {
            handle.destroyForcibly();
        }
        await(process.toHandle());
        all.forEach(ProcessTree::await);
    }

    private static void await(ProcessHandle handle) {
        try {
            handle.onExit().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // A process the system will not stop within seconds is beyond what vanban can do.
        }
    }
}
