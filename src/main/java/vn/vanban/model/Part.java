package vn.vanban.model;

import java.util.List;
import java.util.Objects;

/** A part of the body, numbered I., II., ...: its title and its blocks in the order written. */
public record Part(String title, List<Block> blocks) {

    public Part {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }
}
