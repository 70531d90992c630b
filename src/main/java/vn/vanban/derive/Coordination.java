package vn.vanban.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a phrase put into a text now stands beside its own equal in a coordination: "cấp xã và
 * cấp xã" (from "cấp tỉnh và cấp xã"), "từ cấp phường đến cấp xã", "ba cấp xã, huyện, xã", "Công
 * an xã, Công an xã". Tier words count as equal when they name one tier ("cấp phường" and "cấp
 * xã"). Works on folded text ({@link FoldedText}).
 */
final class Coordination {

    private static final String COORDINATOR = "(?:\\s*,\\s*(?:và\\s+|hoặc\\s+|hay\\s+)?|\\s+(?:và|hoặc|hay|với|đến|tới|cùng)\\s+)";
    private static final Pattern NEXT = Pattern.compile("^" + COORDINATOR);
    private static final String UNIT_WORD = "(?:thành phố|thị xã|thị trấn|đặc khu|tỉnh|huyện|quận|phường|xã)";
    private static final Pattern TIER = Pattern.compile("(?<![\\p{L}\\p{N}])(cấp\\s+)?(" + UNIT_WORD + ")(?![\\p{L}\\p{N}])");
    /** "cấp tỉnh, cấp huyện và cấp xã", "cấp tỉnh, huyện, xã": a chain that opens with "cấp". */
    private static final Pattern CHAIN = Pattern.compile("(?<![\\p{L}\\p{N}])cấp\\s+" + UNIT_WORD
            + "(?:" + COORDINATOR + "(?:cấp\\s+)?" + UNIT_WORD + ")+(?![\\p{L}\\p{N}])");

    private final boolean cityIsProvince;

    /** @param cityIsProvince whether "thành phố" in these texts is a province (the parent is a centrally-run city) */
    Coordination(boolean cityIsProvince) {
        this.cityIsProvince = cityIsProvince;
    }

    /**
     * Whether folded [start, end) of the folded text repeats a phrase it is coordinated with: the
     * whole phrase, or its last element the one after it, or its first element the one before it
     * ("các bộ phận, đơn vị, đơn vị" from "các phòng, ban, đơn vị").
     */
    boolean repeats(String folded, int start, int end) {
        String phrase = folded.substring(start, end);
        if (phrase.isBlank()) {
            return false;
        }
        String[] elements = phrase.split(COORDINATOR);
        String last = elements[elements.length - 1].strip();
        String first = elements[0].strip();
        Matcher next = NEXT.matcher(folded.substring(end));
        if (next.find() && (startsWithWhole(folded, end + next.end(), phrase) || startsWithWhole(folded, end + next.end(), last))) {
            return true;
        }
        if (endsWithCoordinated(folded.substring(0, start), phrase) || endsWithCoordinated(folded.substring(0, start), first)) {
            return true;
        }
        return tierRepeats(folded, start, end);
    }

    private static boolean endsWithCoordinated(String before, String phrase) {
        return !phrase.isEmpty()
                && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + COORDINATOR + "$").matcher(before).find();
    }

    private boolean tierRepeats(String folded, int start, int end) {
        Matcher own = TIER.matcher(folded.substring(start, end));
        if (!own.matches()) {
            return false;
        }
        Optional<Level> level = level(own.group(2));
        if (level.isEmpty()) {
            return false;
        }
        Matcher chain = CHAIN.matcher(folded);
        while (chain.find()) {
            if (chain.start() > start || chain.end() < end) {
                continue;
            }
            List<Level> others = new ArrayList<>();
            Matcher tier = TIER.matcher(folded).region(chain.start(), chain.end());
            while (tier.find()) {
                boolean self = tier.start() <= start && tier.end() >= end;
                if (!self) {
                    level(tier.group(2)).ifPresent(others::add);
                }
            }
            return others.contains(level.get());
        }
        return false;
    }

    private Optional<Level> level(String unitWord) {
        return Level.ofUnitType(unitWord.replaceAll("\\s+", " "), cityIsProvince);
    }

    private static boolean startsWithWhole(String folded, int at, String phrase) {
        int end = at + phrase.length();
        return folded.startsWith(phrase, at) && (end >= folded.length() || !Character.isLetterOrDigit(folded.charAt(end)));
    }
}
