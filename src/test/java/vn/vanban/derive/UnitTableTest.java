package vn.vanban.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped tables are data a person edits; what the code relies on is checked here. */
class UnitTableTest {

    @ParameterizedTest
    @EnumSource(GovernmentSystem.class)
    void everyRowHasANameForTheProvinceAndCodesAreUnique(GovernmentSystem system) {
        UnitTable table = UnitTable.of(system);
        assertEquals(system, table.system());
        Set<String> codes = new HashSet<>();
        for (UnitTable.Row row : table.rows()) {
            assertTrue(codes.add(row.code()), "code twice: " + row.code());
            assertFalse(row.namesAt(Level.TINH).isEmpty(), row.code());
        }
        assertEquals(29, codes.size());
    }

    /**
     * The first name at a tier is what a child of that tier gets: it must be a name, not a "..."
     * pattern. A province is never a child (nothing is above it), so its names are patterns freely.
     */
    @ParameterizedTest
    @EnumSource(GovernmentSystem.class)
    void theNameWrittenForATierIsNeverAPrefixPattern(GovernmentSystem system) {
        List<String> bad = new ArrayList<>();
        for (UnitTable.Row row : UnitTable.of(system).rows()) {
            for (Level level : system.levels()) {
                if (level == Level.TINH) {
                    continue;
                }
                List<String> names = row.namesAt(level);
                if (!names.isEmpty() && names.get(0).endsWith("...")) {
                    bad.add(row.code() + "/" + level.code() + ": " + names.get(0));
                }
            }
        }
        assertEquals(List.of(), bad);
    }
}
