package vn.vanban.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private final Scoper toCommune = new Scoper(List.of(
            new Scoper.Rule("cấp tỉnh", "cấp phường"),
            new Scoper.Rule("Công an tỉnh", "Công an phường"),
            new Scoper.Rule("Công an các xã, phường", "Công an phường"),
            new Scoper.Rule("các phòng, ban", "các bộ phận, đơn vị"),
            new Scoper.Rule("các xã, phường", "các tổ dân phố", true)),
            new Scoper.Lookouts(List.of("tỉnh"), List.of("các xã, phường", "từng xã, phường"), List.of(), new Coordination(false)));

    @Test
    void aReplacementThatWouldRepeatACoordinatedPhraseIsKept() {
        for (String text : List.of("ở cấp tỉnh và cấp xã.", "từ cấp tỉnh đến cấp xã;", "giữa cấp tỉnh với cấp phường",
                "cán bộ cấp tỉnh, cấp xã", "ở cả ba cấp tỉnh, huyện, xã", "ở cấp tỉnh, cấp huyện và cấp đặc khu",
                "Công an tỉnh, Công an phường", "Công an phường và Công an tỉnh")) {
            Scoper.Scoped scoped = toCommune.apply(text);
            assertEquals(text, scoped.text(), text);
            assertEquals(1, scoped.kept().size(), text);
        }
        // Not a coordination, and not the same tier: scoped.
        assertEquals("liên thông với cấp phường", toCommune.apply("liên thông với cấp tỉnh").text());
        assertEquals("ở cấp phường và cấp huyện", toCommune.apply("ở cấp tỉnh và cấp huyện").text());
    }

    @Test
    void anElementOfTheNewPhraseMustNotRepeatItsNeighbour() {
        Scoper.Scoped scoped = toCommune.apply("yêu cầu các phòng, ban, đơn vị, địa phương thực hiện");
        assertEquals("yêu cầu các phòng, ban, đơn vị, địa phương thực hiện", scoped.text());
        assertEquals(List.of("các phòng, ban"), scoped.kept().stream().map(Scoper.Change::before).toList());
    }

    @Test
    void twoPhrasesOfOneClauseDoNotBecomeOneName() {
        Scoper.Scoped scoped = toCommune.apply("Công an tỉnh chỉ đạo Công an các xã, phường tuần tra. Công an tỉnh báo cáo.");
        assertEquals("Công an phường chỉ đạo Công an các xã, phường tuần tra. Công an phường báo cáo.", scoped.text());
        assertEquals(List.of("Công an các xã, phường"), scoped.kept().stream().map(Scoper.Change::before).toList());
    }

    @Test
    void aPlacePhraseIsNotReplacedAtTheEndOfAUnitsName() {
        assertEquals("ở các tổ dân phố ven biển; 100% các tổ dân phố", toCommune.apply("ở các xã, phường ven biển; 100% các xã, phường").text());
        assertEquals("Chỉ đạo các tổ dân phố", toCommune.apply("Chỉ đạo các xã, phường").text());
        String name = "Ban Chỉ huy phòng thủ dân sự các xã, phường họp";
        assertEquals(name, toCommune.apply(name).text());
        List<Scoper.Mention> left = toCommune.upwardMentions(name + "; ở từng xã, phường");
        assertEquals(List.of("các xã, phường", "từng xã, phường"), left.stream().map(Scoper.Mention::word).toList());
        assertTrue(left.stream().allMatch(Scoper.Mention::collective));
    }
}
