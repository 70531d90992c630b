package vn.vanban.model;

import java.util.List;
import java.util.Objects;

/**
 * An article of a Quyết định: "Điều 1." and its text, which runs on after the label; its clauses
 * (1., 2.) and points (a), b)) beneath it.
 */
public record Article(String text, List<Block> blocks) {

    public Article {
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
    }
}
