package vn.vanban.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnitFileNamesTest {

    @Test
    void aStemIsTheCodeAndTheNameWithoutDiacritics() {
        assertEquals("00004-phuong-ba-dinh", UnitFileNames.stem("00004", "phường Ba Đình"));
    }

    @Test
    void aLongNameIsCutBetweenWordsAndTheCodeIsKept() {
        String stem = UnitFileNames.stem("15127", "xã " + "Một Hai Ba ".repeat(40));
        assertTrue(stem.length() <= UnitFileNames.MAX_STEM, stem);
        assertTrue(stem.startsWith("15127-xa-mot-hai-ba-"), stem);
        assertTrue(stem.matches("15127(-(mot|hai|ba|xa))+"), "cut between words: " + stem);
        String unbroken = UnitFileNames.stem("15127", "xã A" + "b".repeat(200));
        assertTrue(unbroken.startsWith("15127-xa-ab") && unbroken.length() == UnitFileNames.MAX_STEM, unbroken);
    }

    @Test
    void namesWindowsReservesForDevicesAreAvoided() {
        assertEquals("CON_", UnitFileNames.stem("CON", ""));
        assertEquals("lpt1_", UnitFileNames.stem("lpt1", "  "));
        assertEquals("CON-xa-a", UnitFileNames.stem("CON", "xã A"));
    }
}
