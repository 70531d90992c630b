package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The template writer encodes exactly as the JDK's UTF-8 writer does, however the text is cut into calls. */
class Utf8OutputTest {

    private static final String[] PIECES = {
        "a", "<w:t xml:space=\"preserve\">", "Ủy ban nhân dân", "ĐẶC KHU CÔN ĐẢO", "đ", "ữ", "€", "\u00A0",
        "😀", "\uD83D", "\uDE00", "𝔸", "x\uD800y", "", "Hải Dương, ngày 17 tháng 02 năm 2023"
    };

    @Test
    void encodesAsTheJdkDoesForAnyCutOfTheText() throws Exception {
        Random random = new Random(30);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            try (Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8)) {
                jdk.write(text.toString());
            }
            Utf8Output ours = new Utf8Output(4);
            ours.write("stale");
            ours.reset();
            int at = 0;
            while (at < text.length()) {
                int length = Math.min(text.length() - at, 1 + random.nextInt(7));
                switch (random.nextInt(4)) {
                    case 0 -> ours.write(text.substring(at, at + length));
                    case 1 -> ours.write(text.toString(), at, length);
                    case 2 -> ours.write(text.substring(at, at + length).toCharArray(), 0, length);
                    default -> {
                        length = 1;
                        ours.write(text.charAt(at));
                    }
                }
                at += length;
            }
            assertArrayEquals(expected.toByteArray(), ours.toByteArray(), text::toString);
        }
    }

    @Test
    void longTextGoesThroughTheScratchBufferInPieces() throws Exception {
        String text = "Độc lập - Tự do - Hạnh phúc 😀 ".repeat(400);
        Utf8Output ours = new Utf8Output(16);
        ours.write(text);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), ours.toByteArray());
    }
}
