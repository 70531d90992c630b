package vn.vanban.render;

import freemarker.cache.FileTemplateLoader;
import java.io.File;
import java.io.IOException;
import java.io.Reader;

/**
 * FreeMarker's loader for a --templates folder (which already refuses links out of the folder),
 * with a size limit: a template is read whole into memory.
 */
final class LimitedFileLoader extends FileTemplateLoader {

    /** The largest bundled template (styles) is under 50 KB. */
    static final long MAX_BYTES = 1024 * 1024;

    /** The template file is larger than {@link #MAX_BYTES}. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final File file;

        TooLarge(File file) {
            super(file + ": template larger than " + MAX_BYTES + " bytes");
            this.file = file;
        }

        File file() {
            return file;
        }
    }

    LimitedFileLoader(File folder) throws IOException {
        super(folder);
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        if (templateSource instanceof File file && file.length() > MAX_BYTES) {
            throw new TooLarge(file);
        }
        return super.getReader(templateSource, encoding);
    }
}
