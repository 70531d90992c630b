package vn.vanban.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A kind vanban writes is the decree's type of the same name, with a form to lay it out by and a loai key that finds it again. */
class DocumentKindTest {

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void eachKindIsADecreeTypeWithAForm(DocumentKind kind) {
        assertEquals(kind.name(), kind.type().name());
        assertNotNull(kind.form(), "vanban lays out every kind it writes");
        assertEquals(Optional.of(kind), DocumentKind.fromKey(kind.key()));
    }
}
