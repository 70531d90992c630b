package vn.vanban.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The administrative units of one tier named together, as a higher plan writes them: "các xã,
 * phường", "các xã, phường, thị trấn", "các phường, xã và đặc khu", "các huyện, thị xã, thành
 * phố"; with "Ủy ban nhân dân" or "UBND" before them, or before "cấp xã", the bodies of that tier.
 * Every order and every subset of a tier's unit words is one concept, so the phrases are
 * generated rather than listed (pham-vi.yaml, goi_chung, holds the words).
 *
 * @param unitWords the unit words of each tier below the province ("xã", "phường", ...)
 * @param councils the names that make a collective the tier's bodies ("Ủy ban nhân dân", "UBND")
 * @param determiners the words a collective starts with ("các", "từng")
 */
record Collectives(Map<Level, List<String>> unitWords, List<String> councils, List<String> determiners) {

    private static final String PLURAL = "các";

    Collectives {
        unitWords = Map.copyOf(unitWords);
        councils = List.copyOf(councils);
        determiners = List.copyOf(determiners);
    }

    /** "xã", "xã, phường", "phường và xã", ...: every ordered choice of the tier's unit words. */
    List<String> lists(Level level) {
        List<String> lists = new ArrayList<>();
        collect(unitWords.getOrDefault(level, List.of()), new ArrayList<>(), lists);
        return lists;
    }

    /** "các xã, phường", ...: the units of a tier as places. */
    List<String> places(Level level) {
        return withDeterminer(PLURAL, level);
    }

    /** Every collective of the tier with any determiner ("từng xã, phường"), for finding what is left. */
    List<String> anyPlaces(Level level) {
        List<String> phrases = new ArrayList<>();
        for (String determiner : determiners) {
            phrases.addAll(withDeterminer(determiner, level));
        }
        return phrases;
    }

    /** "Ủy ban nhân dân các xã, phường", "UBND cấp xã", ...: the bodies of a tier. */
    List<String> bodies(Level level) {
        List<String> phrases = new ArrayList<>();
        for (String council : councils) {
            for (String place : places(level)) {
                phrases.add(council + " " + place);
            }
            phrases.add(council + " cấp " + level.word());
        }
        return phrases;
    }

    private List<String> withDeterminer(String determiner, Level level) {
        List<String> phrases = new ArrayList<>();
        for (String list : lists(level)) {
            phrases.add(determiner + " " + list);
        }
        return phrases;
    }

    private static void collect(List<String> words, List<String> chosen, List<String> out) {
        if (!chosen.isEmpty()) {
            out.add(String.join(", ", chosen));
            if (chosen.size() > 1) {
                out.add(String.join(", ", chosen.subList(0, chosen.size() - 1)) + " và " + chosen.get(chosen.size() - 1));
            }
        }
        for (String word : words) {
            if (!chosen.contains(word)) {
                chosen.add(word);
                collect(words, chosen, out);
                chosen.remove(chosen.size() - 1);
            }
        }
    }
}
