package vn.vanban.importer;

import java.util.List;
import vn.vanban.model.Plan;

/** A plan recognised in a source, and what the clerk should look at in it. */
public record Imported(Plan plan, List<ImportNote> notes) {

    public Imported {
        notes = List.copyOf(notes);
    }
}
