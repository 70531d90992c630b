package vn.vanban.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of one run of the desk: the address printed on the console carries it once, the page
 * keeps it in a cookie, and every request must show it. Another program or web page on the
 * machine does not know it, so it cannot use the desk even though it reaches 127.0.0.1.
 */
final class AccessToken {

    /** The query parameter of the address printed on the console ("mã"). */
    static final String PARAMETER = "ma";

    private final String value;
    private final String cookieName;

    private AccessToken(String value, int port) {
        this.value = value;
        // Cookies are not told apart by port: two desks on one machine must not overwrite each other's.
        this.cookieName = "vanban-" + port;
    }

    static AccessToken random(int port) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new AccessToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), port);
    }

    String value() {
        return value;
    }

    String cookieName() {
        return cookieName;
    }

    /** Compared in constant time, so that the time of a refusal does not tell how much of a guess was right. */
    boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }
}
