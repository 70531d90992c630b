package vn.vanban.render;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import freemarker.template.Template;

/**
 * Watches one document's run of templates from a --templates folder, through FreeMarker's
 * tracer, which hears of every element a template enters: past the time limit, or nested deeper
 * than any template needs (a macro calling itself without end), the run stops at that element,
 * and the element is the place the clerk is told. Once stopped it stays stopped, so that no
 * #attempt/#recover can carry the run on. One per document and thread.
 */
final class TemplateGuard implements TemplateProcessingTracer {

    /** Why the run was stopped. */
    enum Stop { TIME, DEPTH }

    /** Thrown at the element where the run was stopped; not a TemplateException, so #attempt does not catch it. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Where the run was, as far as the guard knows: a template and a line, or nothing yet. */
    record Place(String template, int line, int column) {
    }

    private final long deadline;
    private final int maxDepth;
    private int depth;
    private volatile Stop stop;
    private volatile Place place;

    TemplateGuard(long timeLimitNanos, int maxDepth) {
        this.deadline = System.nanoTime() + timeLimitNanos;
        this.maxDepth = maxDepth;
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        Template template = element.getTemplate();
        place = new Place(template == null ? null : template.getSourceName(), element.getBeginLine(), element.getBeginColumn());
        if (stop == null && ++depth > maxDepth) {
            stop = Stop.DEPTH;
        }
        if (stop == null && System.nanoTime() > deadline) {
            stop = Stop.TIME;
        }
        if (stop != null) {
            throw new Stopped();
        }
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        depth--;
    }

    /** Stops the run at the next element it enters; from the thread that waited too long. */
    void stop(Stop why) {
        if (stop == null) {
            stop = why;
        }
    }

    /** Why the run was stopped, or null. */
    Stop stopped() {
        return stop;
    }

    /** The last element the run entered, or null before the first. */
    Place place() {
        return place;
    }
}
