package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A sentinel render's output is cut at whole tokens only; any token a template changed spoils the cut. */
class SlotTokensTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String described(List<SlotTokens.Piece> pieces) {
        StringBuilder text = new StringBuilder();
        for (SlotTokens.Piece piece : pieces) {
            text.append(piece.isSlot() ? "[" + piece.leaf() + "]" : new String(piece.constant(), StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    @Test
    void wholeTokensBecomeSlots() {
        String part = "<w:t>" + SlotTokens.token(0) + " " + SlotTokens.token(12) + SlotTokens.token(3) + "</w:t>ữ";
        assertEquals("<w:t>[0] [12][3]</w:t>ữ", described(SlotTokens.cut(utf8(part), 13)));
        assertEquals("[7]", described(SlotTokens.cut(utf8(SlotTokens.token(7)), 8)));
        assertEquals("không có", described(SlotTokens.cut(utf8("không có"), 0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\uE00012X\uE001", // cased
        "\uE00012x", // cut short
        "\uE00012\uE001", // letter gone
        "\uE000x\uE001", // index gone
        "\uE000012x\uE001", // index rewritten
        "\uE00099x\uE001", // no such leaf
        "a\uE001b", // a closing mark alone
        "\uE000\uE0001x\uE001\uE001", // a token inside another
        "\uE0001x\uE000"}) // a token opened, never closed
    void aChangedTokenSpoilsTheCut(String part) {
        assertNull(SlotTokens.cut(utf8(part), 20), part);
    }
}
