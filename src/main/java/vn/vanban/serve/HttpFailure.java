package vn.vanban.serve;

/** A request the desk answers with an HTTP error status and a message in Vietnamese for the page to show. */
final class HttpFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    HttpFailure(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static HttpFailure badRequest(String message) {
        return new HttpFailure(400, message);
    }
}
