package vn.vanban.serve;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import vn.vanban.problem.InvalidInputException;

/**
 * The desk's actions by method and path. A refusal becomes its status and message, unusable input
 * its problems (422), and anything else a fault of vanban (500): the page always gets a message to
 * show, never a stack trace.
 */
final class Routes extends Handler.Abstract {

    /** One thing the page asks of the desk. */
    @FunctionalInterface
    interface Action {
        void run(Exchange exchange) throws Exception;
    }

    private final Map<String, Action> actions = new HashMap<>();
    private final long uploadLimit;

    Routes(long uploadLimit) {
        this.uploadLimit = uploadLimit;
    }

    Routes get(String path, Action action) {
        actions.put("GET " + path, action);
        return this;
    }

    Routes post(String path, Action action) {
        actions.put("POST " + path, action);
        return this;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Exchange exchange = new Exchange(request, response, callback, uploadLimit);
        Action action = actions.get(request.getMethod() + " " + Request.getPathInContext(request));
        try {
            if (action == null) {
                throw new HttpFailure(404, "không có trang hay thao tác nào ở địa chỉ này");
            }
            action.run(exchange);
        } catch (HttpFailure e) {
            answer(exchange, e.status(), new Replies.Failure(e.getMessage()));
        } catch (InvalidInputException e) {
            answer(exchange, 422, Replies.Problems.of(e.problems()));
        } catch (Exception | LinkageError e) {
            answer(exchange, 500, new Replies.Failure("lỗi nội bộ của vanban: " + e
                    + " (xin báo cho người phát triển kèm tệp đang làm)"));
        }
        return true;
    }

    private static void answer(Exchange exchange, int status, Object reply) throws Exception {
        if (!exchange.answered()) {
            exchange.json(status, reply);
        }
    }
}
