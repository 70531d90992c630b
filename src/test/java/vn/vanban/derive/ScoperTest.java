package vn.vanban.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoperTest {

    private final Scoper scoper = new Scoper(List.of(
            new Scoper.Rule("trên địa bàn tỉnh", "trên địa bàn xã"),
            new Scoper.Rule("Ủy ban nhân dân tỉnh Hải Dương", "Ủy ban nhân dân xã Cẩm Ngọc"),
            new Scoper.Rule("các sở, ngành", "các bộ phận, đơn vị"),
            new Scoper.Rule("sở, ngành", "bộ phận, đơn vị")),
            List.of("tỉnh", "Sở"));

    @Test
    void wholePhrasesInAnyCaseAndToneSpelling() {
        assertEquals("Phối hợp với các bộ phận, đơn vị trên địa bàn xã.",
                scoper.apply("Phối hợp với các sở,  ngành trên địa bàn tỉnh.").text());
        assertEquals("Ủy ban nhân dân xã Cẩm Ngọc chỉ đạo", scoper.apply("Uỷ ban nhân dân tỉnh Hải Dương chỉ đạo").text());
        // "tỉnh" inside a longer word, or a phrase that runs on, is not the phrase.
        assertEquals("trên địa bàn tỉnhX", scoper.apply("trên địa bàn tỉnhX").text());
    }

    @Test
    void theLongestPhraseWinsAndASentenceKeepsItsCapital() {
        Scoper.Scoped scoped = scoper.apply("Các sở, ngành báo cáo. Sở, ngành nào chậm thì nhắc.");
        assertEquals("Các bộ phận, đơn vị báo cáo. Bộ phận, đơn vị nào chậm thì nhắc.", scoped.text());
        assertEquals(List.of("Các sở, ngành", "Sở, ngành"), scoped.changes().stream().map(Scoper.Change::before).toList());
    }

    @Test
    void citationsAndVariablesAreLeftAsWritten() {
        String text = "Thực hiện Kế hoạch số 1379/KH-UBND của Ủy ban nhân dân tỉnh Hải Dương về phòng, chống mại dâm trên địa bàn tỉnh;"
                + " ${co_quan_tren} trên địa bàn tỉnh";
        assertEquals("Thực hiện Kế hoạch số 1379/KH-UBND của Ủy ban nhân dân tỉnh Hải Dương về phòng, chống mại dâm trên địa bàn tỉnh;"
                + " ${co_quan_tren} trên địa bàn xã", scoper.apply(text).text());
    }

    @Test
    void upwardWordsAreFoundButNotInsideOtherWordsOrAtASentenceStart() {
        List<String> words = scoper.upwardMentions("Sở Y tế báo cáo Ban chỉ đạo tỉnh; cơ sở kinh doanh; phối hợp với Sở Tư pháp.")
                .stream().map(Scoper.Mention::word).toList();
        assertEquals(List.of("tỉnh", "Sở"), words);
    }
}
