package vn.vanban.batch;

import java.util.List;

/**
 * What became of one unit: the files it wrote and how, or why it failed; and its warnings.
 *
 * @param files each file's name and what writing it did; empty when the unit failed
 * @param failure the reason in Vietnamese, or null when the unit's files were made
 */
public record UnitResult(BatchUnit unit, List<Written> files, String failure, List<String> warnings) {

    public UnitResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** One file of the unit and what writing it did. */
    public record Written(String name, DocumentSink.Outcome outcome) {
    }

    public boolean failed() {
        return failure != null;
    }
}
