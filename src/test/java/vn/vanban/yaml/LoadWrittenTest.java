package vn.vanban.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import vn.vanban.Examples;
import vn.vanban.problem.InvalidInputException;

/**
 * A plan vanban wrote itself is loaded by its rules and model; its schema is checked only where
 * assertions are on, as in every test, so that each document a test imports is held to it.
 */
class LoadWrittenTest {

    @Test
    void testsRunTheSchemaCheckOfWhatVanbanWrites() {
        assertTrue(PlanLoader.class.desiredAssertionStatus(), "the tests run with -ea (surefire's default)");
    }

    @Test
    void aWrittenPlanLoadsAsThePlanItIs() throws Exception {
        String yaml = Files.readString(Examples.yaml(Examples.CAM_NGOC), StandardCharsets.UTF_8);
        assertEquals(PlanLoader.load("a.yaml", yaml).plan(), PlanLoader.loadWritten("a.yaml", yaml).plan());
    }

    @Test
    void aWrittenPlanThatBreaksTheSchemaFailsUnderAssertions() throws Exception {
        String yaml = Files.readString(Examples.yaml(Examples.CAM_NGOC), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^nam: .*$", "nam: 2023\nkhoa_la: 1");
        assertTrue(PlanLoader.load("a.yaml", yaml.replace("khoa_la: 1", "")) != null);
        assertThrows(InvalidInputException.class, () -> PlanLoader.load("a.yaml", yaml), "the schema refuses an unknown key");
        AssertionError error = assertThrows(AssertionError.class, () -> PlanLoader.loadWritten("a.yaml", yaml));
        assertTrue(error.getMessage().contains("khoa_la"), error.getMessage());
    }

    @Test
    void aWrittenPlanThatBreaksTheRulesIsRefused() throws Exception {
        String yaml = Files.readString(Examples.yaml(Examples.CAM_NGOC), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^ngay: .*$", "ngay: 2023-02-30");
        assertThrows(InvalidInputException.class, () -> PlanLoader.loadWritten("a.yaml", yaml));
    }
}
