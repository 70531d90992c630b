package vn.vanban.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.Examples;
import vn.vanban.check.Finding;
import vn.vanban.docx.TestDocx;
import vn.vanban.model.Block;
import vn.vanban.model.Entry;
import vn.vanban.model.Item;
import vn.vanban.model.Part;
import vn.vanban.model.Plan;
import vn.vanban.model.PlanVariables;
import vn.vanban.model.UnitDuty;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.units.AdministrativeUnit;
import vn.vanban.units.UnitList;
import vn.vanban.units.UnitNames;
import vn.vanban.yaml.YamlTree;

/**
 * Parent plans and profiles written from the README and the schemas alone, not by the authors of
 * derive (src/test/resources/derive): provinces with and without đặc khu, a centrally-run city, a
 * department, the three tiers before 2025. Each test names the child's exact sentences, or the
 * review note that stands where a sentence could not be scoped.
 */
class DeriveUnseenPlansTest {

    private static final Path DIR = Path.of("src/test/resources/derive");

    /** A parent file under cha/, a profile under co-quan/, and the parent's proper name. */
    record Pair(String parent, String profile, String parentName) {
        @Override
        public String toString() {
            return profile + " ← " + parent;
        }
    }

    static final Pair NINH_BINH = new Pair("ninh-binh-2026-phong-chong-dich-benh", "thanh-liem", "Ninh Bình");
    static final Pair KHANH_HOA = new Pair("khanh-hoa-2026-chuyen-doi-so", "nha-trang", "Khánh Hòa");
    static final Pair HA_NOI = new Pair("ha-noi-2026-an-toan-giao-thong", "hoan-kiem", "Hà Nội");
    static final Pair SO_Y_TE = new Pair("so-y-te-nghe-an-2026-tiem-chung", "quy-chau", "Nghệ An");
    static final Pair DISTRICT_2024 = new Pair("quang-ninh-2024-phong-chong-thien-tai", "van-don-2024", "Quảng Ninh");
    static final Pair COMMUNE_2024 = new Pair("quang-ninh-2024-phong-chong-thien-tai", "dai-xuyen-2024", "Quảng Ninh");
    static final Pair DAC_KHU = new Pair("quang-ninh-2026-phong-chong-thien-tai", "dac-khu-van-don", "Quảng Ninh");

    static Stream<Pair> pairs() {
        return Stream.of(NINH_BINH, KHANH_HOA, HA_NOI, SO_Y_TE, DISTRICT_2024, COMMUNE_2024, DAC_KHU);
    }

    /** The pairs whose child is a commune: "các xã, thị trấn" is a district's own lower tier, not a commune's. */
    static Stream<Pair> communes() {
        return pairs().filter(pair -> pair != DISTRICT_2024);
    }

    private static DerivedPlan derive(Pair pair) {
        return derive(read(DIR.resolve("cha/" + pair.parent() + ".yaml")), pair.parent(), pair.profile());
    }

    private static DerivedPlan derive(YamlTree parent, String parentLabel, String profile) {
        try {
            return Derivation.derive(parent, ProfileLoader.load(DIR.resolve("co-quan/" + profile + ".yaml")).profile(),
                    new Derivation.Options(parentLabel + ".yaml", profile + ".yaml", null));
        } catch (InvalidInputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    private static YamlTree read(Path file) {
        try {
            return YamlTree.read(file);
        } catch (InvalidInputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    private static Plan child(Pair pair) {
        return Derived.plan(derive(pair).text());
    }

    /** A derived child as the per-pair tests read it. */
    private record Child(DeriveReport report, Plan plan, List<String> sentences, String yaml) {
        static Child of(DerivedPlan derived) {
            Plan plan = Derived.plan(derived.text());
            return new Child(derived.report(), plan, DeriveUnseenPlansTest.sentences(plan), derived.text());
        }

        void has(String sentence) {
            assertSentence(sentences, sentence);
        }

        void reviewed(DeriveReport.Topic topic, int line, String excerpt) {
            assertReviewed(report, topic, line, excerpt);
        }
    }

    /** Every sentence a reader sees in the body, variables filled in, in order. */
    static List<String> sentences(Plan plan) {
        PlanVariables variables = PlanVariables.of(plan);
        List<String> out = new ArrayList<>();
        out.add(plan.subject());
        out.addAll(plan.introduction());
        for (Part part : plan.parts()) {
            out.add(part.title());
            blocks(part.blocks(), out);
        }
        out.addAll(plan.closing());
        return out.stream().map(variables::expand).toList();
    }

    private static void blocks(List<Block> blocks, List<String> out) {
        for (Block block : blocks) {
            if (block instanceof Block.Paragraphs paragraphs) {
                out.addAll(paragraphs.paragraphs());
            } else if (block instanceof Block.Items items) {
                for (Item item : items.items()) {
                    addIfPresent(item.title(), out);
                    addIfPresent(item.text(), out);
                    blocks(item.blocks(), out);
                }
            } else if (block instanceof Block.Points points) {
                entries(points.entries(), out);
            } else if (block instanceof Block.Dashes dashes) {
                entries(dashes.entries(), out);
            } else if (block instanceof Block.Duties duties) {
                for (UnitDuty duty : duties.duties()) {
                    out.add(duty.unit());
                    addIfPresent(duty.text(), out);
                    blocks(duty.blocks(), out);
                }
            }
        }
    }

    private static void addIfPresent(String text, List<String> out) {
        if (text != null) {
            out.add(text);
        }
    }

    private static void entries(List<Entry> entries, List<String> out) {
        for (Entry entry : entries) {
            out.add(entry.text());
            entries(entry.children(), out);
        }
    }

    private static void assertSentence(List<String> sentences, String expected) {
        assertTrue(sentences.contains(expected), "no sentence\n  " + expected + "\nin\n  " + String.join("\n  ", sentences));
    }

    private static List<String> dutyUnits(Plan plan) {
        List<String> units = new ArrayList<>();
        for (Part part : plan.parts()) {
            for (Block block : part.blocks()) {
                if (block instanceof Block.Duties duties) {
                    duties.duties().forEach(d -> units.add(d.unit()));
                }
            }
        }
        return units;
    }

    private static Item task(Plan plan, String title) {
        for (Part part : plan.parts()) {
            for (Block block : part.blocks()) {
                if (block instanceof Block.Items items) {
                    for (Item item : items.items()) {
                        if (title.equals(item.title())) {
                            return item;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no task " + title);
    }

    /** The review items of a topic, as "line: text". */
    private static List<String> review(DeriveReport report, DeriveReport.Topic topic) {
        return report.review().stream().filter(r -> r.topic() == topic).map(r -> r.line() + ": " + r.text()).toList();
    }

    private static void assertReviewed(DeriveReport report, DeriveReport.Topic topic, int line, String excerpt) {
        List<String> items = review(report, topic);
        assertTrue(items.stream().anyMatch(i -> i.startsWith(line + ": ") && i.contains(excerpt)),
                topic + " at line " + line + " with '" + excerpt + "' not in " + items);
    }

    // ---- what holds for every pair ---------------------------------------------------------------

    /** The inputs name real units: each commune is in its province in the bundled list of its profile's system. */
    @ParameterizedTest
    @MethodSource("communes")
    void theChildIsACommuneOfTheParentsProvinceInTheBundledList(Pair pair) throws InvalidInputException {
        Profile profile = ProfileLoader.load(DIR.resolve("co-quan/" + pair.profile() + ".yaml")).profile();
        UnitList list = UnitList.of(profile.system() == GovernmentSystem.HAI_CAP ? "2025" : "2024");
        AdministrativeUnit province = list.province(pair.parentName()).orElseThrow();
        assertTrue(list.communes(province).stream().anyMatch(c -> UnitNames.fold(c.inText()).equals(UnitNames.fold(profile.territory()))),
                profile.territory() + " in " + province.inText());
    }

    @Test
    void theProvincesAreOnesWithAndWithoutDacKhu() {
        UnitList list = UnitList.of("2025");
        for (String name : List.of("Khánh Hòa", "Quảng Ninh")) {
            assertTrue(list.communes(list.province(name).orElseThrow()).stream().anyMatch(c -> c.type().equals("đặc khu")), name);
        }
        for (String name : List.of("Ninh Bình", "Nghệ An")) {
            assertTrue(list.communes(list.province(name).orElseThrow()).stream().noneMatch(c -> c.type().equals("đặc khu")), name);
        }
        assertEquals("thành phố", list.province("Hà Nội").orElseThrow().type());
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void theChildRendersAndCheckFindsNothing(Pair pair) throws Exception {
        byte[] docx = Examples.renderer().render(child(pair)).docx();
        List<Finding> findings = TestDocx.check(docx);
        assertEquals(List.of(), findings.stream().map(Finding::message).toList());
    }

    /** "xã Ninh Bình", "phường Hà Nội": the child's tier word before the parent's name. */
    @ParameterizedTest
    @MethodSource("pairs")
    void noSentenceNamesTheParentsAreaUnderTheChildsTierWord(Pair pair) {
        Pattern hybrid = Pattern.compile("(?iu)\\b(xã|phường|đặc khu|thị trấn|huyện|quận|thị xã) " + Pattern.quote(pair.parentName()));
        for (String sentence : sentences(child(pair))) {
            assertFalse(hybrid.matcher(sentence).find(), sentence);
        }
    }

    private static final String TIER = "(?:cấp )?(?:xã|phường|đặc khu|thị trấn)";
    private static final Pattern SAME_TIER_TWICE = Pattern.compile("(?iu)\\bcấp (?:xã|phường|đặc khu|thị trấn)(?:,| và| hoặc| với| đến) " + TIER + "\\b");
    private static final Pattern SAME_WORDS_TWICE = Pattern.compile("(?iu)\\b(\\p{L}+(?: \\p{L}+){0,4})(?:,| và| hoặc) \\1\\b");

    @ParameterizedTest
    @MethodSource("pairs")
    void noSentenceCoordinatesAPhraseWithItself(Pair pair) {
        for (String sentence : sentences(child(pair))) {
            assertFalse(SAME_TIER_TWICE.matcher(sentence).find(), sentence);
            Matcher twice = SAME_WORDS_TWICE.matcher(sentence);
            assertFalse(twice.find(), () -> twice.group() + " in " + sentence);
        }
    }

    @ParameterizedTest
    @MethodSource("communes")
    void whatCouldNotBeScopedIsListed(Pair pair) {
        // Every collective of the child's tier left in a sentence has a review item, and so has every mention of the parent's name.
        DerivedPlan derived = derive(pair);
        Pattern collective = Pattern.compile("(?iu)\\b(các|từng) (xã|phường)(, (xã|phường|thị trấn|đặc khu))+");
        long left = sentences(Derived.plan(derived.text())).stream().filter(s -> collective.matcher(s).find()).count();
        long listed = derived.report().review().stream().filter(r -> r.topic() == DeriveReport.Topic.COLLECTIVE
                || r.topic() == DeriveReport.Topic.REPEAT || r.topic() == DeriveReport.Topic.TARGET).count();
        assertTrue(listed >= left, left + " sentences keep a collective, " + listed + " review items");
    }

    // ---- each pair's own sentences ---------------------------------------------------------------

    @Test
    void ninhBinhWithoutDacKhuToXaThanhLiem() {
        Child c = Child.of(derive(NINH_BINH));
        assertEquals("Phòng, chống dịch bệnh truyền nhiễm trên địa bàn xã Thanh Liêm năm 2026", c.sentences().get(0));
        c.has("Để chủ động phòng, chống dịch bệnh truyền nhiễm trên địa bàn xã Thanh Liêm năm 2026, Ủy ban nhân dân xã ban"
                + " hành Kế hoạch như sau:");
        c.has("Trên đây là Kế hoạch phòng, chống dịch bệnh truyền nhiễm trên địa bàn xã Thanh Liêm năm 2026. Trong quá trình"
                + " thực hiện, nếu có khó khăn, vướng mắc, các phòng, ban, đơn vị, địa phương báo cáo về Trạm Y tế xã để tổng hợp, báo"
                + " cáo Ủy ban nhân dân xã xem xét, quyết định.");
        c.has("Chủ động phát hiện sớm, khoanh vùng, xử lý kịp thời các ổ dịch, không để dịch bùng phát và lây lan trên địa bàn"
                + " toàn xã; giảm tỷ lệ mắc và tử vong do dịch bệnh truyền nhiễm.");
        // Tier words: "ở cấp tỉnh và cấp xã" stays, listed.
        c.has("Nâng cao năng lực giám sát, xét nghiệm và điều trị của hệ thống y tế ở cấp tỉnh và cấp xã.");
        c.reviewed(DeriveReport.Topic.REPEAT, 34, "ở cấp tỉnh và cấp xã");
        c.has("Kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh xã Thanh Liêm; duy trì giao ban định kỳ giữa cấp tỉnh với cấp xã.");
        c.reviewed(DeriveReport.Topic.REPEAT, 50, "giữa cấp tỉnh với cấp xã");
        // Collectives: the bodies, and unit names inside the text.
        c.has("Các phòng, ban, đơn vị, các thôn phối hợp chặt chẽ, huy động sự tham gia của người dân trong công tác phòng,"
                + " chống dịch.");
        c.has("Trạm Y tế xã tổ chức giám sát chủ động tại cộng đồng; Công an xã phối hợp quản lý người về từ vùng có dịch.");
        c.has("100% Trạm Y tế xã thực hiện giám sát, phát hiện sớm và báo cáo ca bệnh đúng quy định;");
        assertEquals(List.of("Trạm Y tế xã", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Công an xã", "Các thôn", "Ủy ban MTTQ Việt Nam xã"),
                dutyUnits(c.plan()));
        assertEquals("Trạm Y tế xã", task(c.plan(), "Công tác chỉ đạo").assignment().lead());
        assertEquals(List.of("Các thôn"), task(c.plan(), "Công tác chỉ đạo").assignment().partners());
        // A medium is not an office: the sentence keeps the newspaper and is listed.
        c.has("Đẩy mạnh tuyên truyền trên Báo và Phát thanh, Truyền hình Ninh Bình và hệ thống thông tin cơ sở về các biện"
                + " pháp phòng bệnh.");
        c.reviewed(DeriveReport.Topic.UPWARD, 60, "Truyền hình Ninh Bình");
        assertTrue(c.yaml().contains("# cần rà soát: giữ nguyên 'cấp tỉnh': đổi thành 'cấp xã' thì hai vế của câu trùng nhau;"
                + " viết lại câu\n"), c.yaml());
    }

    @Test
    void khanhHoaWithDacKhuToPhuongNhaTrang() {
        Child c = Child.of(derive(KHANH_HOA));
        assertEquals("Chuyển đổi số phường Nha Trang năm 2026", c.sentences().get(0));
        c.has("Ủy ban nhân dân phường Nha Trang ban hành Kế hoạch chuyển đổi số năm 2026 như sau:");
        c.has("Xây dựng cơ sở dữ liệu dùng chung của tỉnh; cập nhật dữ liệu dân cư trên địa bàn phường Nha Trang với sự phối"
                + " hợp của Công an phường.");
        c.has("Hoàn thiện mạng truyền số liệu chuyên dùng kết nối từ cấp tỉnh đến cấp xã; bảo đảm an toàn thông tin cho Trung"
                + " tâm dữ liệu tỉnh.");
        c.reviewed(DeriveReport.Topic.REPEAT, 37, "từ cấp tỉnh đến cấp xã");
        c.has("Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp tỉnh, cấp xã; phát huy Tổ công nghệ số cộng đồng ở các thôn, tổ"
                + " dân phố.");
        c.reviewed(DeriveReport.Topic.REPEAT, 47, "công chức cấp tỉnh, cấp xã");
        c.has("Trên đây là Kế hoạch chuyển đổi số phường Nha Trang năm 2026. Yêu cầu các phòng, ban, đơn vị, các tổ dân phố triển"
                + " khai thực hiện; báo cáo kết quả về Phòng Văn hóa - Xã hội trước ngày 15/12/2026.");
        assertEquals(List.of("Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường", "Các tổ dân phố"), dutyUnits(c.plan()));
        assertEquals(List.of("Các tổ dân phố"), task(c.plan(), "Hạ tầng số").assignment().partners());
    }

    @Test
    void haNoiACentrallyRunCityToPhuongHoanKiem() {
        Child c = Child.of(derive(HA_NOI));
        assertEquals("Bảo đảm trật tự, an toàn giao thông trên địa bàn phường Hoàn Kiếm năm 2026", c.sentences().get(0));
        c.has("Kéo giảm tai nạn giao thông trên địa bàn phường cả về số vụ, số người chết và số người bị thương; giảm ùn tắc giao"
                + " thông tại các nút giao trọng điểm của phường Hoàn Kiếm.");
        c.has("Ủy ban nhân dân phường yêu cầu các phòng, ban, đơn vị, các tổ dân phố triển khai thực hiện nghiêm túc Kế hoạch"
                + " này.");
        // Two units of one clause would both become "Công an phường": the second keeps its words and is listed.
        c.has("Công an phường chỉ đạo Công an các xã, phường tăng cường tuần tra, xử lý vi phạm về nồng độ cồn, tốc độ, lấn"
                + " chiếm vỉa hè, lòng đường.");
        c.reviewed(DeriveReport.Topic.REPEAT, 38, "Công an các xã, phường");
        c.reviewed(DeriveReport.Topic.UPWARD, 43, "do Thành phố quản lý");
        assertEquals(List.of("Công an phường", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội", "Các tổ dân phố"),
                dutyUnits(c.plan()));
        assertEquals(List.of("Các tổ dân phố"), task(c.plan(), "Tuyên truyền").assignment().partners());
    }

    @Test
    void aDepartmentsPlanToXaQuyChau() {
        Child c = Child.of(derive(SO_Y_TE));
        assertEquals("Triển khai tiêm chủng mở rộng trên địa bàn xã Quỳ Châu năm 2026", c.sentences().get(0));
        assertEquals("Thực hiện Kế hoạch số 210/KH-SYT ngày 08/01/2026 của Sở Y tế tỉnh Nghệ An về triển khai tiêm chủng mở rộng trên"
                + " địa bàn tỉnh Nghệ An năm 2026", c.report().citation());
        c.has("Ủy ban nhân dân xã Quỳ Châu xây dựng Kế hoạch triển khai tiêm chủng mở rộng năm 2026 như sau:");
        c.has("Trạm Y tế xã tổ chức tiêm chủng hằng tháng; rà soát đối tượng tiêm bổ sung trên địa bàn xã Quỳ Châu.");
        c.has("Trung tâm Kiểm soát bệnh tật tỉnh tiếp nhận vắc xin, cấp phát cho Trạm Y tế xã theo kế hoạch.");
        // "ở từng xã, phường" has no form for one commune: kept and listed.
        c.has("Duy trì tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt trên 95% ở quy mô toàn xã và trên 90% ở từng xã, phường.");
        c.reviewed(DeriveReport.Topic.COLLECTIVE, 27, "từng xã, phường");
        Item vaccination = task(c.plan(), "Tổ chức buổi tiêm chủng");
        assertEquals("Trạm Y tế xã", vaccination.assignment().lead());
        assertEquals(List.of("Các thôn, bản"), vaccination.assignment().partners());
        assertEquals(List.of("Trạm Y tế xã", "Các thôn, bản"), dutyUnits(c.plan()));
        // The department's own units have no counterpart in a commune: left out and listed.
        assertEquals(List.of("Trung tâm Kiểm soát bệnh tật tỉnh", "Phòng Nghiệp vụ Y"), c.report().units().stream()
                .filter(u -> u.outcome() == DeriveReport.Outcome.DROPPED).map(DeriveReport.UnitChange::parentName).toList());
    }

    @Test
    void quangNinhBefore2025ToHuyenVanDon() {
        Child c = Child.of(derive(DISTRICT_2024));
        assertEquals("Phòng, chống thiên tai và tìm kiếm cứu nạn huyện Vân Đồn năm 2024", c.sentences().get(0));
        c.has("Chủ động phòng ngừa, ứng phó kịp thời, giảm thiểu thiệt hại do thiên tai gây ra trên địa bàn huyện Vân Đồn.");
        c.has("Thực hiện tốt phương châm \"bốn tại chỗ\" ở cả ba cấp tỉnh, huyện, xã; kiện toàn Ban Chỉ huy phòng, chống thiên"
                + " tai và tìm kiếm cứu nạn ở cấp tỉnh, cấp huyện và cấp xã.");
        c.reviewed(DeriveReport.Topic.REPEAT, 28, "ba cấp tỉnh, huyện, xã");
        c.reviewed(DeriveReport.Topic.REPEAT, 29, "cấp tỉnh, cấp huyện và cấp xã");
        c.has("Rà soát phương án ứng phó với bão mạnh, siêu bão của tỉnh; các xã, thị trấn rà soát phương án sơ tán dân ở vùng"
                + " ven biển và hải đảo.");
        c.has("Củng cố lực lượng xung kích phòng, chống thiên tai ở các xã, thị trấn; tập huấn cho lực lượng cấp xã.");
        // The province tasked both lower tiers; the district's communes take both, merged.
        assertEquals(List.of("Phòng Nông nghiệp và Phát triển nông thôn", "Ban Chỉ huy Quân sự huyện", "Ủy ban nhân dân các xã, thị trấn"),
                dutyUnits(c.plan()));
    }

    @Test
    void quangNinhBefore2025ToXaDaiXuyenDirectlyAndThroughTheDistrict() {
        Child direct = Child.of(derive(COMMUNE_2024));
        direct.has("Củng cố lực lượng xung kích phòng, chống thiên tai ở các thôn; tập huấn cho lực lượng cấp xã.");
        direct.has("Chủ động phòng ngừa, ứng phó kịp thời, giảm thiểu thiệt hại do thiên tai gây ra trên địa bàn xã Đài Xuyên.");
        assertEquals(List.of("Bộ phận Địa chính - Nông nghiệp - Xây dựng và Môi trường", "Ban Chỉ huy Quân sự xã", "Các thôn"),
                dutyUnits(direct.plan()));

        // tỉnh → huyện → xã: the district's plan, once issued, is the commune's parent.
        String issued = derive(DISTRICT_2024).text().replaceFirst("(?m)^so: null.*$", "so: 15").replaceFirst("(?m)^ngay: null$", "ngay: 2024-03-20");
        YamlTree district;
        try {
            district = YamlTree.parse("van-don-2024.yaml", issued);
        } catch (InvalidInputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
        Child c = Child.of(derive(district, "van-don-2024", "dai-xuyen-2024"));
        assertEquals("Phòng, chống thiên tai và tìm kiếm cứu nạn xã Đài Xuyên năm 2024", c.sentences().get(0));
        c.has("Chủ động phòng ngừa, ứng phó kịp thời, giảm thiểu thiệt hại do thiên tai gây ra trên địa bàn xã Đài Xuyên.");
        c.has("Củng cố lực lượng xung kích phòng, chống thiên tai ở các thôn; tập huấn cho lực lượng cấp xã.");
        c.has("Trên đây là Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn xã Đài Xuyên năm 2024; yêu cầu các bộ phận, đơn"
                + " vị, địa phương triển khai thực hiện.");
        assertEquals(List.of("Bộ phận Địa chính - Nông nghiệp - Xây dựng và Môi trường", "Ban Chỉ huy Quân sự xã", "Các thôn"), dutyUnits(c.plan()));
        assertEquals("Thực hiện Kế hoạch số 15/KH-UBND ngày 20/3/2024 của Ủy ban nhân dân huyện Vân Đồn về phòng, chống thiên tai và tìm"
                + " kiếm cứu nạn huyện Vân Đồn năm 2024", c.report().citation());
    }

    @Test
    void quangNinhAfter2025ToDacKhuVanDon() {
        Child c = Child.of(derive(DAC_KHU));
        assertEquals("Phòng, chống thiên tai trên địa bàn đặc khu Vân Đồn năm 2026", c.sentences().get(0));
        c.has("Chủ động ứng phó với bão, áp thấp nhiệt đới trên địa bàn toàn đặc khu, nhất là các thôn, tổ dân phố ven biển.");
        c.has("Kiện toàn Ban Chỉ huy phòng thủ dân sự ở cấp tỉnh, cấp xã.");
        c.reviewed(DeriveReport.Topic.REPEAT, 21, "cấp tỉnh, cấp xã");
        c.has("Theo dõi, tổng hợp tình hình thiên tai trên địa bàn đặc khu Vân Đồn.");
        c.has("Rà soát phương án sơ tán dân; chỉ đạo Công an đặc khu bảo đảm an ninh khu vực sơ tán.");
        c.has("Trên đây là Kế hoạch phòng, chống thiên tai trên địa bàn đặc khu Vân Đồn năm 2026.");
        assertEquals(List.of("Phòng Kinh tế", "Ban Chỉ huy quân sự đặc khu", "Các thôn, tổ dân phố"), dutyUnits(c.plan()));
    }
}
