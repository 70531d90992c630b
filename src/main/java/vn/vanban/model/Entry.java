package vn.vanban.model;

import java.util.List;
import java.util.Objects;

/** A lettered point or a dash entry, with its own dash entries beneath it. */
public record Entry(String text, List<Entry> children) {

    public Entry {
        Objects.requireNonNull(text, "text");
        children = List.copyOf(children);
    }

    public static Entry of(String text) {
        return new Entry(text, List.of());
    }
}
