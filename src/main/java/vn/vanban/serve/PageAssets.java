package vn.vanban.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The files of the page, from the jar only: the page itself, the schemas its completion reads,
 * and the few CodeMirror files it loads from the CodeMirror WebJar. A fixed list, so that no path
 * a request names can reach anything else.
 */
final class PageAssets {

    private static final String PAGE = "vn/vanban/serve/page/";
    private static final String WEBJAR = "META-INF/resources/webjars/codemirror/";
    private static final List<String> CODEMIRROR_FILES = List.of("lib/codemirror.js", "lib/codemirror.css",
            "mode/yaml/yaml.js", "addon/lint/lint.js", "addon/lint/lint.css", "addon/hint/show-hint.js",
            "addon/hint/show-hint.css", "addon/selection/active-line.js", "LICENSE");

    /**
     * Scripts and styles from this origin only, pictures also as data: URLs (the page previews);
     * no frame may show the page, so no other site can lay it under its own buttons.
     */
    private static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            + "form-action 'self'";

    private PageAssets() {
    }

    static void register(Routes routes) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("/", PAGE + "index.html");
        files.put("/desk.js", PAGE + "desk.js");
        files.put("/completion.js", PAGE + "completion.js");
        files.put("/desk.css", PAGE + "desk.css");
        for (String schema : List.of("ke-hoach", "quyet-dinh", "cong-van", "co-quan")) {
            files.put("/" + schema + ".schema.json", "schema/" + schema + ".schema.json");
        }
        String codemirror = WEBJAR + codemirrorVersion() + "/";
        for (String file : CODEMIRROR_FILES) {
            files.put("/codemirror/" + file, codemirror + file);
        }
        files.forEach((path, resource) -> routes.get(path, exchange -> {
            if (path.equals("/")) {
                exchange.header("Content-Security-Policy", PAGE_POLICY);
                exchange.header("X-Frame-Options", "DENY");
            }
            exchange.send(200, contentType(resource), read(resource));
        }));
    }

    private static String codemirrorVersion() {
        Properties pom = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/codemirror/pom.properties")) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = PageAssets.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("vanban is missing its own file " + name + " (the jar or its lib/ folder is incomplete)");
        }
        return in;
    }

    private static String contentType(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".json")) {
            return "application/json; charset=utf-8";
        }
        return "text/plain; charset=utf-8";
    }
}
