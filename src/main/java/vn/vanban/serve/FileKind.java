package vn.vanban.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import vn.vanban.model.DocumentKind;
import vn.vanban.model.VietnameseNames;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.yaml.YamlTree;

/**
 * What a YAML file of the folder is, as the page tells it: an organisation profile (it names its
 * tier, cap, and has no content), or a document of the type its loai names (KH when it names
 * none, as for the loader). The page reads the same from the editor's text (completion.js).
 *
 * @param kind "ho-so", or the document's loai: KH, QĐ, BC, CV, ...; "?" for a loai vanban does not know
 * @param label the kind in words, for the file list: "kế hoạch", "quyết định", "hồ sơ cơ quan"
 */
record FileKind(String kind, String label) {

    static final FileKind PROFILE = new FileKind("ho-so", "hồ sơ cơ quan");
    static final FileKind PLAN = of(DocumentKind.KE_HOACH);
    private static final FileKind UNKNOWN = new FileKind("?", "văn bản");

    static FileKind of(DocumentKind kind) {
        return new FileKind(kind.key(), VietnameseNames.lower(kind.displayName()));
    }

    /** A file that does not parse is taken for a plan being written, as the page always took it. */
    static FileKind of(Path file) {
        try {
            return of(YamlTree.read(file).root());
        } catch (InvalidInputException | RuntimeException e) {
            return PLAN;
        }
    }

    static FileKind of(JsonNode root) {
        if (isProfile(root)) {
            return PROFILE;
        }
        JsonNode loai = root == null ? null : root.get("loai");
        if (loai == null || loai.isNull()) {
            return PLAN;
        }
        return DocumentKind.fromKey(loai.asText()).map(FileKind::of).orElse(UNKNOWN);
    }

    /** A profile names its tier (cap), which no document has, and has no content. */
    static boolean isProfile(JsonNode root) {
        return root != null && root.isObject() && root.has("cap") && !root.has("noi_dung");
    }
}
