package vn.vanban.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.vanban.io.AtomicOutput;
import vn.vanban.problem.Problem;

/**
 * The files a command writes: what it refuses before it starts (an existing file without
 * --force) and what it says when a write fails, the same for every command.
 */
final class OutputFiles {

    static final String EXISTS = "tệp đã có; dùng --force để ghi đè";

    private OutputFiles() {
    }

    /**
     * One problem for each target that exists, for a command run without --force. Every target is
     * checked before anything is written, so a refusal never leaves half of a set behind.
     */
    static List<Problem> refusals(List<Path> targets) {
        List<Problem> refusals = new ArrayList<>();
        for (Path file : targets) {
            if (Files.exists(file)) {
                refusals.add(Problem.ofFile(file.toString(), EXISTS));
            }
        }
        return refusals;
    }

    /** Writes atomically; the problem to report when that fails, or null. */
    static Problem write(Path file, byte[] bytes, boolean force) {
        try {
            AtomicOutput.write(file, bytes, force);
            return null;
        } catch (IOException e) {
            return failure(file, e);
        }
    }

    /** A write that failed: the file appeared meanwhile, or the disk or folder refused it. */
    static Problem failure(Path file, IOException e) {
        return Problem.ofFile(String.valueOf(file),
                e instanceof FileAlreadyExistsException ? EXISTS : "không ghi được tệp: " + e.getMessage());
    }
}
