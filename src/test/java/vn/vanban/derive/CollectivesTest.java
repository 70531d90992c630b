package vn.vanban.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectivesTest {

    private final Collectives collectives = ScopingRules.shipped().collectives();

    @Test
    void everyWayAClerkNamesTheCommunesTogetherIsOneConcept() {
        List<String> places = collectives.places(Level.XA);
        for (String phrase : List.of("các xã", "các xã, phường", "các xã, phường, thị trấn", "các xã, phường, đặc khu",
                "các phường, xã", "các xã, phường và đặc khu", "các xã, thị trấn")) {
            assertTrue(places.contains(phrase), phrase);
        }
        List<String> bodies = collectives.bodies(Level.XA);
        for (String phrase : List.of("Ủy ban nhân dân các xã, phường", "UBND các xã, phường, đặc khu", "Ủy ban nhân dân cấp xã",
                "UBND cấp xã", "Ủy ban nhân dân các xã, phường, thị trấn")) {
            assertTrue(bodies.contains(phrase), phrase);
        }
        assertTrue(collectives.bodies(Level.HUYEN).contains("Ủy ban nhân dân các huyện, thị xã, thành phố"));
        assertTrue(collectives.anyPlaces(Level.XA).contains("từng xã, phường"));
    }

    @Test
    void eachOrderedChoiceOfTheUnitWordsOnce() {
        // 4 words: 4 + 12 + 24 + 24 ordered choices; every choice of two or more also with "và" before its last word.
        List<String> lists = collectives.lists(Level.XA);
        assertEquals(4 + 2 * (12 + 24 + 24), lists.size());
        assertEquals(lists.size(), new HashSet<>(lists).size());
    }
}
