package vn.vanban.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.vanban.Examples;

/** Example plans copied into a test's own folder, so commands write their outputs there. */
final class TestPlans {

    private TestPlans() {
    }

    /** The Cẩm Ngọc example as dir/ke-hoach.yaml. */
    static Path copyOfExample(Path dir) throws IOException {
        Path plan = dir.resolve("ke-hoach.yaml");
        Files.writeString(plan, Files.readString(Examples.yaml(Examples.CAM_NGOC), StandardCharsets.UTF_8)
                .replace("../schema/", "schema/"), StandardCharsets.UTF_8);
        return plan;
    }

    /** The names in a folder, sorted. */
    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
