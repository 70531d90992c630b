package vn.vanban.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** One request to an action of the desk and its answer: query parameters, the body within the limit, JSON or a file back. */
final class Exchange {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final long uploadLimit;
    private boolean answered;

    Exchange(Request request, Response response, Callback callback, long uploadLimit) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.uploadLimit = uploadLimit;
    }

    String query(String name) {
        return Request.extractQueryParameters(request, StandardCharsets.UTF_8).getValue(name);
    }

    String requiredQuery(String name, String what) throws HttpFailure {
        String value = query(name);
        if (value == null || value.isBlank()) {
            throw HttpFailure.badRequest("thiếu " + what);
        }
        return value;
    }

    /** The body's bytes, refused past the upload limit. */
    byte[] body() throws IOException, HttpFailure {
        try (InputStream in = Request.asInputStream(request)) {
            return BoundedBody.read(in, request.getLength(), uploadLimit);
        }
    }

    /** The body as text: strict UTF-8, a byte-order mark dropped. */
    String text() throws IOException, HttpFailure {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body())).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw HttpFailure.badRequest("nội dung gửi lên không phải văn bản UTF-8");
        }
    }

    boolean answered() {
        return answered;
    }

    void json(int status, Object value) throws IOException {
        send(status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value));
    }

    /** A file to save: the browser offers it under the given name. */
    void download(String contentType, String fileName, byte[] bytes) {
        String name = Normalizer.normalize(fileName, Normalizer.Form.NFC);
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9._-]", "_");
        response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"" + ascii
                + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        send(200, contentType, bytes);
    }

    void header(String name, String value) {
        response.getHeaders().put(name, value);
    }

    void send(int status, String contentType, byte[] bytes) {
        answered = true;
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
