package vn.vanban.batch;

import java.util.List;

/**
 * What one unit produced: its files (the .docx first; a per-document step such as PDF output
 * adds its file here) and the warnings to show beside the unit.
 */
public record UnitOutput(List<OutputFile> files, List<String> warnings) {

    public UnitOutput {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
