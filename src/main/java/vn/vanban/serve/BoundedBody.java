package vn.vanban.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The upload-size guard: a request body is read only up to the desk's limit. A declared length
 * over it is refused before a byte is read; a body sent without one is cut off at the limit. Either
 * way the clerk reads how large the file was allowed to be.
 */
final class BoundedBody {

    private BoundedBody() {
    }

    /**
     * @param declaredLength the Content-Length, or a negative number when the body is chunked
     * @throws HttpFailure 413 when the body is larger than the limit
     */
    static byte[] read(InputStream in, long declaredLength, long limit) throws IOException, HttpFailure {
        if (declaredLength > limit) {
            throw tooLarge(declaredLength, limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declaredLength, 8192), limit));
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (total > limit) {
                throw tooLarge(-1, limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static HttpFailure tooLarge(long size, long limit) {
        // "(20 MB)" beside a limit of 20 MB would read as no reason at all.
        boolean shown = size > 0 && !size(size).equals(size(limit));
        String what = "tệp gửi lên quá lớn" + (shown ? " (" + size(size) + ")" : "");
        return new HttpFailure(413, what + "; trang chỉ nhận tệp đến " + size(limit)
                + ". Một kế hoạch hay một văn bản .docx thường chỉ vài trăm KB: hãy kiểm tra lại đúng tệp chưa.");
    }

    /** "20 MB", "1,5 MB", "64 KB": a size as a clerk reads it. */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        double mb = bytes / (1024.0 * 1024.0);
        return (mb >= 10 || mb == Math.rint(mb) ? String.format(Locale.ROOT, "%.0f", mb)
                : String.format(Locale.ROOT, "%.1f", mb).replace('.', ',')) + " MB";
    }
}
