package vn.vanban.serve;

import java.io.IOException;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.yaml.PlanLoader;

/**
 * A plan as the page sends it: the editor's text and the file name it goes by (in messages and in
 * the names of what is made from it). Loaded by the same loader as the command line.
 */
record PlanText(String name, String text) {

    static final String DEFAULT_NAME = "ke-hoach.yaml";

    static PlanText from(Exchange exchange) throws IOException, HttpFailure {
        String name = exchange.query("ten");
        return new PlanText(name == null || name.isBlank() ? DEFAULT_NAME : Uploads.safeName(name), exchange.text());
    }

    PlanLoader.LoadedPlan load() throws InvalidInputException {
        return PlanLoader.load(name, text);
    }

    /** ke-hoach.yaml → ke-hoach.docx. */
    String sibling(String extension) {
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + extension;
    }
}
