package vn.vanban.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.vanban.model.PlanVariables;

/**
 * The body laid out once for a batch where it can be. Every unit's plan shares the parsed plan's
 * blocks and legal bases (the same objects); what differs is the variables, and most blocks read
 * none that differ (${nam}) or none at all. A list laid out for one unit is the layout of another
 * when the variables it read have the same values there: its layout depends on nothing else but
 * the context it is laid out in (the text width, the legal bases' layout). Keeps the last layout
 * of each list, so memory stays flat however many units there are. Safe to share between threads.
 */
final class BodyMemo {

    /** What a list read and what its layout gave. */
    private record Laid(Map<String, String> read, List<?> laidOut) {
    }

    /** A list of the plan by identity, with the context it was laid out in. */
    private record Source(Object list, int context) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Source source && source.list == list && source.context == context;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(list) * 31 + context;
        }
    }

    private final Map<Source, Laid> last = new ConcurrentHashMap<>();

    /**
     * The layout of a list of the plan with these variables: made before, or by {@code layOut},
     * which must put every variable it reads (through {@link PlanVariables#expand(String, Map)})
     * into the map it is given and depend on nothing but the list, the context and those variables.
     *
     * @param context what else the layout depends on: the same list is laid out the same way in it
     */
    @SuppressWarnings("unchecked") // a list of the plan is always laid out by the same code, to the same type
    <T> List<T> laidOut(List<?> list, int context, PlanVariables variables, Function<Map<String, String>, List<T>> layOut) {
        Source source = new Source(list, context);
        Laid known = last.get(source);
        if (known != null && sameValues(known.read(), variables)) {
            return (List<T>) known.laidOut();
        }
        Map<String, String> read = new HashMap<>();
        List<T> laidOut = List.copyOf(layOut.apply(read));
        last.put(source, new Laid(read, laidOut));
        return laidOut;
    }

    private static boolean sameValues(Map<String, String> read, PlanVariables variables) {
        for (Map.Entry<String, String> entry : read.entrySet()) {
            if (!Objects.equals(variables.values().get(entry.getKey()), entry.getValue())) {
                return false;
            }
        }
        return true;
    }
}
