package vn.vanban.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import vn.vanban.io.AtomicOutput;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.yaml.YamlTree;

/**
 * The folder the clerk chose on the command line: the only place on disk the page can read or
 * write. A path from a request is a relative path with '/' between names; it may not climb out
 * ("..", an absolute path, a drive letter), name a hidden file, or lead outside through a link.
 */
final class PlanFolder {

    /** How deep and how many files the page lists: a plan folder, not a whole disk. */
    private static final int MAX_DEPTH = 4;
    private static final int MAX_FILES = 300;

    /**
     * A YAML file in the folder and what it is ({@link FileKind}): "ho-so" (an organisation
     * profile) or a document's loai (KH for a plan, or a file not yet valid), and that in words.
     */
    record Entry(String path, String kind, String label) {
    }

    private final Path root;
    private final Path realRoot;

    PlanFolder(Path folder) throws IOException {
        this.root = folder.toAbsolutePath().normalize();
        this.realRoot = root.toRealPath();
    }

    Path root() {
        return root;
    }

    /** The file a request names, or a refusal when the name would reach outside the folder. */
    Path resolve(String relative) throws HttpFailure {
        if (relative == null || relative.isBlank()) {
            throw HttpFailure.badRequest("thiếu tên tệp");
        }
        if (relative.startsWith("/") || relative.contains("\\") || relative.contains(":") || relative.indexOf('\0') >= 0) {
            throw outside(relative);
        }
        for (String name : relative.split("/", -1)) {
            if (name.isEmpty() || name.equals(".") || name.equals("..") || name.startsWith(".")) {
                throw outside(relative);
            }
        }
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            throw outside(relative);
        }
        try {
            Path existing = file;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null || !existing.toRealPath().startsWith(realRoot)) {
                throw outside(relative);
            }
        } catch (IOException e) {
            throw outside(relative);
        }
        return file;
    }

    private HttpFailure outside(String relative) {
        return new HttpFailure(403, "\"" + relative + "\" nằm ngoài thư mục làm việc; trang chỉ mở và lưu được tệp"
                + " trong " + root + " (thư mục đã chọn khi chạy vanban serve)");
    }

    /** The .yaml files of the folder and its subfolders (hidden ones left out), in name order. */
    List<Entry> yamlFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean skip = !dir.equals(root) && (hidden(dir) || dir.getFileName().toString().equals("target"));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !hidden(file) && isYaml(file.getFileName().toString())) {
                    files.add(file);
                }
                return files.size() >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            FileKind kind = FileKind.of(file);
            entries.add(new Entry(relative(file), kind.kind(), kind.label()));
        }
        entries.sort((a, b) -> a.path().compareTo(b.path()));
        return entries;
    }

    String read(String relative) throws HttpFailure, InvalidInputException {
        Path file = resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new HttpFailure(404, "không có tệp \"" + relative + "\" trong thư mục làm việc");
        }
        return YamlTree.readText(file);
    }

    /** Saves a plan; an existing file is replaced only when the clerk said so. */
    void write(String relative, String text, boolean overwrite) throws HttpFailure, IOException {
        if (!isYaml(relative)) {
            throw HttpFailure.badRequest("tên tệp kế hoạch phải có đuôi .yaml: \"" + relative + "\"");
        }
        Path file = resolve(relative);
        if (!Files.isDirectory(file.getParent())) {
            throw new HttpFailure(404, "không có thư mục \"" + root.relativize(file.getParent()) + "\" trong thư mục làm việc");
        }
        try {
            AtomicOutput.write(file, text.getBytes(StandardCharsets.UTF_8), overwrite);
        } catch (FileAlreadyExistsException e) {
            throw new HttpFailure(409, "đã có tệp \"" + relative + "\"; chọn tên khác, hoặc đồng ý ghi đè");
        }
    }

    String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static boolean hidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }
}
