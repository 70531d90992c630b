package vn.vanban.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.List;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets through only requests from the desk's own page: addressed to 127.0.0.1 or localhost at the
 * desk's port (a page whose domain an attacker rebinds to 127.0.0.1 sends its own name as Host),
 * sent from the desk's origin (another page the clerk has open sends its own), and carrying the
 * run's token. The address printed on the console brings the token once; it is then kept in a
 * cookie that the browser sends to this origin only (SameSite=Strict, HttpOnly).
 */
final class AccessGuard extends Handler.Wrapper {

    private final AccessToken token;
    private final List<String> hosts;
    private final List<String> origins;

    AccessGuard(AccessToken token, int port, Handler handler) {
        super(handler);
        this.token = token;
        this.hosts = List.of("127.0.0.1:" + port, "localhost:" + port);
        this.origins = List.of("http://127.0.0.1:" + port, "http://localhost:" + port);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            return refuse(response, callback, "Từ chối: yêu cầu gửi tới tên máy \"" + host + "\", không phải địa chỉ"
                    + " của vanban (" + String.join(" hoặc ", hosts) + "). Có thể một trang web lạ đang tìm cách"
                    + " dùng vanban; hãy mở trang bằng đúng địa chỉ mà cửa sổ vanban serve đã in.");
        }
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null && !origins.contains(origin.toLowerCase(Locale.ROOT))) {
            return refuse(response, callback, "Từ chối: yêu cầu đến từ trang \"" + origin + "\", không phải trang của"
                    + " vanban. Chỉ trang vanban serve mở ra mới dùng được vanban.");
        }
        String fetchSite = request.getHeaders().get("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return refuse(response, callback, "Từ chối: yêu cầu do một trang khác gửi tới (" + fetchSite + "),"
                    + " không phải trang của vanban.");
        }
        String offered = Request.extractQueryParameters(request, StandardCharsets.UTF_8).getValue(AccessToken.PARAMETER);
        if (offered != null && token.matches(offered) && "GET".equals(request.getMethod())) {
            // The token leaves the address bar and the history: from here on the cookie carries it.
            Response.addCookie(response, HttpCookie.build(token.cookieName(), token.value())
                    .path("/").httpOnly(true).sameSite(HttpCookie.SameSite.STRICT).build());
            Response.sendRedirect(request, response, callback, Request.getPathInContext(request));
            return true;
        }
        if (!token.matches(cookie(request))) {
            return refuse(response, callback, "Thiếu mã truy cập của lần chạy này. Hãy mở trang bằng đúng địa chỉ"
                    + " mà cửa sổ vanban serve đã in (địa chỉ có ?" + AccessToken.PARAMETER + "=...); mỗi lần chạy"
                    + " vanban serve có một mã mới.");
        }
        return super.handle(request, response, callback);
    }

    private String cookie(Request request) {
        for (HttpCookie cookie : Request.getCookies(request)) {
            if (cookie.getName().equals(token.cookieName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static boolean refuse(Response response, Callback callback, String message) {
        response.setStatus(403);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap((message + "\n").getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
