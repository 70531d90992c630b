package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.Examples;

/**
 * A part deflated in segments inflates to its bytes, with their size and CRC, whatever changes
 * between documents and in whatever order threads ask; it is deflated nearly as small as in one
 * piece; and what did not change is not deflated again.
 */
class SegmentedDeflateTest {

    private static final byte[] BODY = "<w:p><w:r><w:t>Tuyên truyền, phổ biến pháp luật về phòng, chống mại dâm</w:t></w:r></w:p>"
            .repeat(300).getBytes(StandardCharsets.UTF_8);
    private static final List<String> WORDS = List.of("tuyên", "truyền", "phổ", "biến", "pháp", "luật", "phòng", "chống",
            "mại", "dâm", "Ủy", "ban", "nhân", "dân", "xã", "phường", "kiểm", "tra", "giám", "sát", "báo", "cáo", "kết", "quả");
    /** The markup between two paragraphs' texts, as the templates write it. */
    private static final byte[] BETWEEN_TEXTS = utf8("</w:t></w:r></w:p><w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"120\""
            + " w:line=\"240\"/><w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:t>");
    /** Sixty paragraphs of text that does not repeat itself, the same for every unit. */
    private static final List<byte[]> PARAGRAPHS = paragraphs(60);

    private static List<byte[]> paragraphs(int count) {
        Random random = new Random(2023);
        List<byte[]> paragraphs = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 30 + random.nextInt(30); w++) {
                text.append(WORDS.get(random.nextInt(WORDS.size()))).append(w % 9 == 8 ? ", " : " ");
            }
            paragraphs.add(utf8(text.toString()));
        }
        return paragraphs;
    }

    /**
     * A document of a batch: a header naming the unit (slots 1 and 3, one sometimes empty), a
     * body of paragraphs the same for all (slots), a closing naming its place (the last slot).
     */
    private static byte[][] pieces(int unit) {
        List<byte[]> pieces = new ArrayList<>();
        pieces.add(utf8("<w:document><w:body><w:p><w:t>"));
        pieces.add(utf8("ỦY BAN NHÂN DÂN XÃ " + unit + " & <" + "Đông".repeat(unit % 4) + ">"));
        pieces.add(utf8("</w:t></w:p><w:p><w:t>"));
        pieces.add(unit % 7 == 0 ? new byte[0] : utf8("PHƯỜNG " + unit));
        for (byte[] paragraph : PARAGRAPHS) {
            pieces.add(BETWEEN_TEXTS);
            pieces.add(paragraph);
        }
        pieces.add(utf8("</w:t></w:p><w:p><w:t>"));
        pieces.add(utf8(("Nơi nhận của đơn vị " + unit + ". ").repeat(1 + unit % 50)));
        pieces.add(utf8("</w:t></w:p></w:body></w:document>"));
        return pieces.toArray(byte[][]::new);
    }

    /** The shape of {@link #pieces}: every other piece, from the second, is a slot. */
    private static SegmentedDeflate part(SegmentedDeflate.Cuts cuts) {
        byte[][] first = pieces(0);
        SlotTokens.Piece[] shape = new SlotTokens.Piece[first.length];
        for (int i = 0; i < first.length; i++) {
            shape[i] = i % 2 == 1 ? SlotTokens.Piece.slot(i) : SlotTokens.Piece.of(first[i]);
        }
        return new SegmentedDeflate(shape, cuts);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] joined(byte[][] pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] piece : pieces) {
            out.writeBytes(piece);
        }
        return out.toByteArray();
    }

    private static void assertInflatesTo(byte[] content, DocxPackage.Zipped zipped, String label) {
        assertEquals(content.length, zipped.size(), label);
        assertEquals(DocxPackage.crc(content), zipped.crc(), label);
        assertArrayEquals(content, DocxPackage.inflate(zipped), label);
    }

    /** Cuts at every slot, or nearly: each segment deflated apart, most refer back to the one before. */
    private static final SegmentedDeflate.Cuts FINE = new SegmentedDeflate.Cuts(64, 64, 64);
    /** A head of the header's two names, the body in segments of 2 KB of markup, a tail of the closing. */
    private static final SegmentedDeflate.Cuts HEAD_BODY_TAIL = new SegmentedDeflate.Cuts(100, 2048, 100);

    @ParameterizedTest(name = "head, body and tail of {0} bytes")
    @ValueSource(ints = {1, 64, 300, 2500, 20_000})
    void everyDocumentInflatesToItsBytes(int markupBytes) {
        SegmentedDeflate part = part(new SegmentedDeflate.Cuts(markupBytes, markupBytes, markupBytes));
        for (int unit = 0; unit < 200; unit++) {
            byte[][] pieces = pieces(unit);
            assertInflatesTo(joined(pieces), part.zipped("word/document.xml", pieces), "unit " + unit);
        }
    }

    @Test
    void aDocumentsBytesDoNotDependOnTheDocumentsBefore() {
        byte[][] pieces = pieces(5);
        byte[] alone = part(FINE).zipped("word/document.xml", pieces).data();
        SegmentedDeflate shared = part(FINE);
        for (int unit = 0; unit < 5; unit++) {
            shared.zipped("word/document.xml", pieces(unit));
        }
        assertArrayEquals(alone, shared.zipped("word/document.xml", pieces).data());
    }

    @Test
    void aPieceThatChangesLateIsStillRight() {
        SegmentedDeflate part = part(FINE);
        for (int unit = 0; unit < 100; unit++) {
            byte[][] pieces = pieces(1);
            if (unit >= 60) {
                // A paragraph of the body, the same array until now, changes in its middle.
                byte[] changed = pieces[41].clone();
                changed[changed.length / 2] = (byte) ('a' + unit % 26);
                pieces[41] = changed;
            }
            assertInflatesTo(joined(pieces), part.zipped("word/document.xml", pieces), "unit " + unit);
        }
    }

    @Test
    void threadsSharingAPartEachGetTheirOwnBytes() throws Exception {
        SegmentedDeflate part = part(FINE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int unit = 0; unit < 400; unit++) {
                int own = unit;
                done.add(pool.submit(() -> {
                    byte[][] pieces = pieces(own);
                    assertInflatesTo(joined(pieces), part.zipped("word/document.xml", pieces), "unit " + own);
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void randomPiecesOfEverySizeInflateToTheirBytes() {
        Random random = new Random(30);
        SlotTokens.Piece[] slots = new SlotTokens.Piece[5];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = SlotTokens.Piece.slot(i);
        }
        SegmentedDeflate part = new SegmentedDeflate(slots, FINE);
        byte[][] pieces = new byte[5][];
        for (int document = 0; document < 300; document++) {
            for (int i = 0; i < pieces.length; i++) {
                if (pieces[i] == null || random.nextInt(4) == 0) {
                    // Empty, shorter than a stored block's limit, or longer than a deflater's buffer; noise or text.
                    int size = List.of(0, 1, 63, 64, 2047, 2048, 70_000).get(random.nextInt(7));
                    pieces[i] = new byte[size];
                    if (random.nextBoolean()) {
                        random.nextBytes(pieces[i]);
                    }
                }
            }
            assertInflatesTo(joined(pieces), part.zipped("p", pieces.clone()), "document " + document);
        }
    }

    @Test
    void aBatchDeflatesNearlyAsSmallAsOnePieceAndOnlyWhatChanged() {
        SegmentedDeflate part = part(HEAD_BODY_TAIL);
        DocxPackage.Zipped zipped = null;
        for (int unit = 1; unit <= 20; unit++) {
            byte[][] pieces = pieces(unit);
            zipped = part.zipped("word/document.xml", pieces);
            int whole = DocxPackage.deflate(new DocxPackage.Entry("word/document.xml", joined(pieces))).data().length;
            assertTrue(zipped.data().length <= whole * 1.05, "unit " + unit + ": " + zipped.data().length + " against " + whole);
        }
        // Of a later document, only the head with its names and the tail with its closing are
        // deflated: the body after the head does not refer back into it, and the tail's
        // dictionary, the body's last segment, did not change.
        long before = part.deflations();
        part.zipped("word/document.xml", pieces(21));
        assertTrue(part.segments() > 5, "segments: " + part.segments());
        assertEquals(2, part.deflations() - before, "of " + part.segments() + " segments");
    }

    @Test
    void aChangeInTheBodyDeflatesItsSegmentAndTheNextAgain() {
        SegmentedDeflate part = part(HEAD_BODY_TAIL);
        part.zipped("word/document.xml", pieces(1));
        byte[][] pieces = pieces(1);
        byte[] changed = pieces[61].clone();
        changed[0] = (byte) 'X';
        pieces[61] = changed;
        long before = part.deflations();
        assertInflatesTo(joined(pieces), part.zipped("word/document.xml", pieces), "changed paragraph");
        assertEquals(2, part.deflations() - before, "of " + part.segments() + " segments");
    }

    @Test
    void aPartWithLessMarkupThanHeadAndTailIsDeflatedWhole() {
        // The document has about 11.5 KB of markup between its leaves.
        assertTrue(part(new SegmentedDeflate.Cuts(5000, 3000, 5000)).segments() >= 3);
        assertEquals(1, part(new SegmentedDeflate.Cuts(6000, 3000, 6000)).segments());
        byte[][] pieces = pieces(3);
        DocxPackage.Zipped whole = part(new SegmentedDeflate.Cuts(6000, 3000, 6000)).zipped("word/document.xml", pieces);
        assertInflatesTo(joined(pieces), whole, "whole");
    }

    @Test
    void aPartWithoutSlotsIsTheSameBytesEveryTime() {
        SegmentedDeflate part = new SegmentedDeflate(new SlotTokens.Piece[] {SlotTokens.Piece.of(BODY)},
                SegmentedDeflate.Cuts.DOCUMENTS);
        DocxPackage.Zipped first = part.zipped("word/styles.xml", new byte[][] {BODY});
        assertInflatesTo(BODY, first, "styles");
        // Not zipped again, its CRC not taken again: the part of the document before.
        assertSame(first, part.zipped("word/styles.xml", new byte[][] {BODY}));
    }

    @Test
    void theZipOfSplicedPartsReadsBackWithEveryCrcChecked() {
        SegmentedDeflate part = part(FINE);
        for (int unit = 0; unit < 30; unit++) {
            byte[][] pieces = pieces(unit);
            byte[] docx = DocxPackage.write(List.of(part.zipped("word/document.xml", pieces),
                    DocxPackage.deflate(new DocxPackage.Entry("word/styles.xml", BODY))));
            Map<String, byte[]> read = Examples.parts(docx);
            assertArrayEquals(joined(pieces), read.get("word/document.xml"), "unit " + unit);
            assertArrayEquals(BODY, read.get("word/styles.xml"));
        }
    }
}
