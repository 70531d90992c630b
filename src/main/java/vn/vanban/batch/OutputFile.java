package vn.vanban.batch;

import java.util.Objects;

/** A file a unit produces: its name in the output directory or archive, and its bytes. */
public record OutputFile(String name, byte[] content) {

    public OutputFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
