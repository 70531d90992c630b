package vn.vanban.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.units.UnitList;

/** Units files in CSV and YAML: what they may say and how a mistake is pointed at. */
class UnitsFileTest {

    private static final UnitList LIST = UnitList.current();
    private static final Set<String> VARIABLES = Set.of("truong_tram");

    @TempDir
    Path dir;

    private List<BatchUnit> read(String name, String text) throws InvalidInputException {
        Path file = dir.resolve(name);
        try {
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return BatchUnits.read(file, LIST, VARIABLES);
    }

    private List<String> problems(String name, String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(name, text));
        String prefix = dir.resolve(name) + ":";
        return e.problems().stream().map(Problem::format).map(p -> p.startsWith(prefix) ? p.substring(prefix.length()).strip() : p).toList();
    }

    @Test
    void csvQuotingSeparatorsAndSpreadsheetHabits() throws Exception {
        String text = "\uFEFFMa;Ho_Ten;so;bien.truong_tram\r\n"
                + "4;\"Nguyễn Văn \"\"Út\"\" An\";7;\"Trạm trưởng;\r\nkiêm y sĩ\"\r\n"
                + ";;;\r\n"
                + "00008;  Trần   Thị Bình ;;\r\n";
        List<BatchUnit> units = read("don-vi.csv", text);
        assertEquals(2, units.size(), "the empty row is skipped");
        BatchUnit first = units.get(0);
        assertEquals("00004", first.code(), "leading zeros dropped by a spreadsheet come back");
        assertEquals("phường Ba Đình", first.territory());
        assertEquals("Ba Đình", first.placeName());
        assertEquals(Map.of("ho_ten", "Nguyễn Văn \"Út\" An", "so", "7", "bien.truong_tram", "Trạm trưởng; kiêm y sĩ"),
                first.values());
        assertEquals(2, first.line());
        BatchUnit second = units.get(1);
        assertEquals(5, second.line(), "a quoted line break counts as a line");
        assertEquals("Trần Thị Bình", second.values().get("ho_ten"));
        assertEquals("", second.values().get("so"), "an empty cell is present but empty");
        assertEquals("00008-phuong-ngoc-ha", second.fileStem());
        assertEquals(dir.resolve("don-vi.csv") + ":5: ", second.where());
    }

    @Test
    void csvMistakesAreShownWhereTheyAre() {
        assertEquals(List.of("3:18: dòng có 3 cột, tiêu đề chỉ có 2; ô có dấu ',' phải đặt trong ngoặc kép"),
                problems("a.csv", "ma,ho_ten\n00004,An\n00008,Nguyễn Văn, Bình\n"));
        assertEquals(List.of("2:7: ngoặc kép mở ở đây không được đóng"), problems("b.csv", "ma,ho_ten\n00004,\"An\n"));
        assertEquals(List.of("1:4: cột 'ma' lặp lại trong tiêu đề"), problems("c.csv", "ma,ma\n1,2\n"));
        assertTrue(problems("d.csv", "ma,chu_ky\n00004,x\n").get(0).startsWith("1:4: cột 'chu_ky' không dùng được; các cột: ma,"));
        assertEquals(List.of("1:4: biến 'truong_ban' không được khai báo trong 'bien' của kế hoạch; các biến: truong_tram"),
                problems("e.csv", "ma,bien.truong_ban\n00004,x\n"));
        assertEquals(List.of("tệp đơn vị phải là .csv hoặc .yaml"), problems("f.xlsx", "ma\n00004\n"));
        assertEquals(List.of("tệp không có đơn vị nào"), problems("g.csv", "ma,ho_ten\n"));
    }

    @Test
    void aRowIsCheckedAgainstTheList() {
        List<String> problems = problems("don-vi.csv", String.join("\n",
                "ma,loai,ten,tinh",
                "00004,,Ngọc Hà,",
                "01,,,",
                "99999,,,",
                "99998,xã,Mới Lập,Hà Nội",
                "00008,thôn,,",
                "00025,,,Hà Nội",
                ""));
        assertEquals(List.of(
                "2:8: mã 00004 trong danh mục 2025 là phường Ba Đình, không phải 'Ngọc Hà'; kiểm tra lại mã",
                "3:1: mã 01 là thành phố Hà Nội, không phải đơn vị cấp xã",
                "4:1: mã 99999 không có trong danh mục 2025; kiểm tra lại mã (đơn vị ngoài danh mục dùng mã riêng có"
                        + " chữ cái, ví dụ K01, cùng cột loai và ten)",
                "5:1: mã 99998 không có trong danh mục 2025; kiểm tra lại mã (đơn vị ngoài danh mục dùng mã riêng có"
                        + " chữ cái, ví dụ K01, cùng cột loai và ten)",
                "6:7: loại 'thôn' không hợp lệ; cần xã, phường hoặc đặc khu"), problems);
    }

    /** A code of digits is the list's: with a type and a name it is still a typing slip, not a new unit. */
    @Test
    void aCodeOfDigitsNotInTheListStopsTheBatchEvenWithTypeAndName() {
        assertEquals(List.of("2:1: mã 99999 không có trong danh mục 2025; kiểm tra lại mã (đơn vị ngoài danh mục dùng mã"
                + " riêng có chữ cái, ví dụ K01, cùng cột loai và ten)"),
                problems("don-vi.csv", "ma,loai,ten,tinh\n99999,xã,Không Có,Lâm Đồng\n"));
        assertEquals(List.of("2:1: mã K02 không có trong danh mục 2025; đơn vị ngoài danh mục cần thêm cột loai (xã,"
                + " phường, đặc khu) và ten"), problems("k.csv", "ma,ten\nK02,\n"));
    }

    /** Only where the tone mark sits may differ (Hòa/Hoà); another mark is another name. */
    @Test
    void aNameThatDiffersInAMarkIsAnErrorButTonePlacementIsNot() throws Exception {
        assertEquals(List.of("2:7: tên 'Xuân Trưởng - Đà Lạt' khác tên trong danh mục 'Xuân Trường - Đà Lạt' (mã 24805)"
                + " ở dấu; chép đúng tên trong danh mục hoặc để trống cột ten (chỉ vị trí dấu thanh được khác, như Hòa/Hoà)",
                "3:7: tên 'Xuan Truong - Da Lat' khác tên trong danh mục 'Xuân Trường - Đà Lạt' (mã 24805) ở dấu; chép đúng"
                + " tên trong danh mục hoặc để trống cột ten (chỉ vị trí dấu thanh được khác, như Hòa/Hoà)"),
                problems("don-vi.csv", "ma,ten\n24805,Xuân Trưởng - Đà Lạt\n24805,Xuan Truong - Da Lat\n"));
        List<BatchUnit> units = read("hoa.csv", "ma,ten\n00175,Yên Hòa\n00004,ba đình\n");
        assertEquals("Yên Hòa", units.get(0).name(), "the file's tone placement wins");
        assertEquals("Ba Đình", units.get(1).name(), "another case is accepted, and the list's is printed");
    }

    @Test
    void aFileWrittenForTheListBeforeTheReformSaysWhichListItFollows() {
        // 15169 and 15163 are communes of huyện Cẩm Thủy in the 2024 list; in 2025 the first code is
        // gone and the second names another commune.
        List<String> problems = problems("don-vi.csv", "ma,ten\n15169,Cẩm Ngọc\n15163,Cẩm Tâm\n");
        assertEquals(List.of(
                "2:1: mã 15169 không có trong danh mục 2025; mã này là xã Cẩm Ngọc trong danh mục 2024: tệp đơn vị viết"
                        + " theo danh mục đó thì dùng --dvhc 2024",
                "3:7: mã 15163 trong danh mục 2025 là xã Cẩm Vân, không phải 'Cẩm Tâm'; kiểm tra lại mã; mã này là"
                        + " xã Cẩm Tâm trong danh mục 2024: tệp đơn vị viết theo danh mục đó thì dùng --dvhc 2024"),
                problems);
    }

    @Test
    void aUnitOutsideTheListNeedsItsTypeAndName() throws Exception {
        List<BatchUnit> units = read("don-vi.csv", "ma,loai,ten,dia_danh,dia_ban\nK01,đặc khu,Thử Nghiệm,Đảo Thử,đảo Thử Nghiệm\n"
                + "00004,,Phường Ba Đình,,\n");
        BatchUnit outside = units.get(0);
        assertEquals("K01", outside.code());
        assertEquals("đặc khu Thử Nghiệm", outside.label().substring(4));
        assertEquals("Đảo Thử", outside.placeName());
        assertEquals("đảo Thử Nghiệm", outside.territory());
        assertEquals("phường", units.get(1).type(), "'Phường Ba Đình' in ten is the unit word and the name");
        assertEquals("Ba Đình", units.get(1).name());
    }

    /** Phụ lục I, mục II.4.a: "Phường 9, ngày ...", never "9, ngày ..."; the file's dia_danh still wins. */
    @Test
    void aUnitNamedByANumberGetsItsFullNameAsPlaceName() throws Exception {
        Path file = dir.resolve("don-vi.csv");
        Files.writeString(file, "ma,dia_danh\n22024,\n22018,Phường 2 Tuy Hòa\n", StandardCharsets.UTF_8);
        List<BatchUnit> units = BatchUnits.read(file, UnitList.of("2024"), VARIABLES);
        assertEquals("Phường 9", units.get(0).placeName());
        assertEquals("Phường 9", units.get(0).territory(), "Phụ lục II: the unit word of a numbered name takes a capital");
        assertEquals("22024 Phường 9", units.get(0).label());
        assertEquals("22024-phuong-9", units.get(0).fileStem());
        assertEquals("Phường 2 Tuy Hòa", units.get(1).placeName());
        BatchUnit baoLoc = BatchUnits.ofProvince(LIST, "Lâm Đồng").stream().filter(u -> u.code().equals("24823")).findFirst()
                .orElseThrow();
        assertEquals("Phường 1 Bảo Lộc", baoLoc.placeName());
        assertEquals("Phường 1 Bảo Lộc", baoLoc.territory());
    }

    @Test
    void yamlUnitsUseTheSameKeys() throws Exception {
        List<BatchUnit> units = read("don-vi.yaml", String.join("\n",
                "# các xã của đợt 1",
                "- ma: 4",
                "  ho_ten: Nguyễn Văn An",
                "  so: 12",
                "  bien:",
                "    truong_tram: Trạm trưởng",
                "- ma: '00008'",
                "  bien.truong_tram: Y sĩ",
                ""));
        assertEquals("00004", units.get(0).code(), "a plain number is the five-digit code it stands for");
        assertEquals(Map.of("ho_ten", "Nguyễn Văn An", "so", "12", "bien.truong_tram", "Trạm trưởng"), units.get(0).values());
        assertEquals(2, units.get(0).line());
        assertEquals(Map.of("ho_ten", "", "so", "", "bien.truong_tram", "Y sĩ"), units.get(1).values());
        assertEquals(7, units.get(1).line());
    }

    @Test
    void yamlMistakesAreShownWhereTheyAre() {
        assertEquals(List.of("1:1: tệp đơn vị phải là một danh sách, mỗi phần tử một đơn vị: - ma: '00004'"),
                problems("a.yaml", "ma: 4\n"));
        assertEquals(List.of("3:7: mã 00004 trùng với dòng 1; mỗi đơn vị chỉ ghi một lần"),
                problems("b.yaml", "- ma: 4\n- ma: '00008'\n- ma: '00004'\n"));
        assertEquals(List.of("1:19: ho_ten: cần một giá trị (chữ hoặc số), không phải danh sách hay bảng"),
                problems("c.yaml", "- {ma: 4, ho_ten: [An, Bình]}\n"));
        assertEquals(List.of("2:3: thiếu mã đơn vị (cột ma)"), problems("d.yaml", "- ma: 4\n- ho_ten: An\n"));
    }

    @Test
    void theUnitWordMustBeWrittenWithItsDiacritics() {
        assertEquals(List.of("phường", "Ba Đình"), List.of(BatchUnits.splitName("PHƯỜNG Ba Đình")));
        assertEquals(List.of("đặc khu", "Côn Đảo"), List.of(BatchUnits.splitName("Đặc khu Côn Đảo")));
        assertEquals(java.util.Arrays.asList(null, "Xà Phìn"), java.util.Arrays.asList(BatchUnits.splitName("Xà Phìn")));
    }
}
