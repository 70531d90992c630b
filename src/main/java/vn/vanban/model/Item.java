package vn.vanban.model;

import java.util.List;

/**
 * A numbered item. It has a title, a text, or both ("1. Mục đích: Tiếp tục ..."); an item with
 * only a text is a khoản without title.
 *
 * @param title the title, printed bold; null for a khoản without title
 * @param text the text that runs on after the title, or null
 * @param assignment who leads, who takes part and when, for a task; null otherwise
 */
public record Item(String title, String text, List<Block> blocks, Assignment assignment) {

    public Item {
        if (title == null && text == null) {
            throw new IllegalArgumentException("an item needs a title or a text");
        }
        blocks = List.copyOf(blocks);
    }
}
