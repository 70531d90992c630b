package vn.vanban.importer;

import java.util.List;

/**
 * A document read into neutral paragraphs, the one thing the recogniser sees.
 *
 * @param name the file name, for messages
 * @param kind how the paragraphs are numbered in messages
 */
public record Source(String name, Kind kind, List<SourceParagraph> paragraphs) {

    public enum Kind {
        TEXT("dòng"),
        DOCX("đoạn");

        private final String unit;

        Kind(String unit) {
            this.unit = unit;
        }

        /** "dòng" for a line of a text file, "đoạn" for a paragraph of a .docx. */
        public String unit() {
            return unit;
        }
    }

    public Source {
        paragraphs = List.copyOf(paragraphs);
    }
}
