package vn.vanban.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.units.AdministrativeUnit;
import vn.vanban.units.CommuneListing;
import vn.vanban.units.UnitList;

@Command(
        name = "units",
        aliases = "don-vi",
        description = {
            "Liệt kê các xã, phường, đặc khu của một tỉnh, thành phố theo danh mục đơn vị hành chính.",
            "In mã, loại và tên từng đơn vị (với danh mục 2024: cả huyện), để viết hồ sơ cơ quan cho derive "
                + "hoặc tệp đơn vị cho batch mà không phải đọc danh mục; với --csv in thẳng một tệp đơn vị."
        },
        footer = {"", "Ví dụ:",
            "  vanban units --province \"Lâm Đồng\"",
            "  vanban units --province \"Thanh Hóa\" --dvhc 2024 --district \"Cẩm Thủy\" --csv",
            "  (một tệp đơn vị cho batch; thêm > don-vi.csv để ghi ra tệp)",
            "", "Mã thoát: 0 đã in; 2 không có tỉnh, huyện hay danh mục đó (thông báo gợi ý tên gần giống)."})
final class UnitsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--province", required = true, paramLabel = "TÊN|MÃ",
            description = "Tỉnh, thành phố: tên có hay không dấu, có hay không chữ \"tỉnh\", \"thành phố\" "
                    + "(ví dụ: \"Hà Nội\", ha-noi, \"TP. Hồ Chí Minh\") hoặc mã (01).")
    String province;

    @Option(names = "--dvhc", paramLabel = "NĂM",
            description = "Danh mục đơn vị hành chính: 2025 (từ 1/7/2025, mặc định) hoặc 2024 (trước sáp nhập, có cấp huyện).")
    String edition = UnitList.CURRENT;

    @Option(names = "--district", paramLabel = "TÊN|MÃ",
            description = "Chỉ các xã, phường, thị trấn của một huyện, quận, thị xã, thành phố thuộc tỉnh (danh mục 2024).")
    String district;

    @Option(names = "--csv", description = "In một tệp đơn vị cho batch --units (cột ma, loai, ten, tinh) thay cho bảng.")
    boolean csv;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CommuneListing listing;
        try {
            listing = listing();
        } catch (InvalidInputException e) {
            Console.report(err, e.problems());
            return ExitCode.BAD_INPUT;
        }
        if (csv) {
            out.print(listing.csv());
        } else {
            out.print(listing.table());
            out.println();
            out.println(listing.summary());
        }
        out.flush();
        return ExitCode.OK;
    }

    private CommuneListing listing() throws InvalidInputException {
        if (!UnitList.EDITIONS.contains(edition)) {
            throw new InvalidInputException(Problem.ofFile("--dvhc", "'" + edition + "' không có; các danh mục: "
                    + String.join(", ", UnitList.EDITIONS)));
        }
        UnitList list = UnitList.of(edition);
        AdministrativeUnit found = list.province(province).orElseThrow(() ->
                new InvalidInputException(Problem.ofFile("--province", list.unknownProvince(province))));
        AdministrativeUnit within = null;
        if (district != null) {
            List<AdministrativeUnit> districts = list.districts(found);
            if (districts.isEmpty()) {
                throw new InvalidInputException(Problem.ofFile("--district", "danh mục " + edition
                        + " không có cấp huyện; bỏ --district, hoặc dùng --dvhc 2024 cho danh mục trước sáp nhập"));
            }
            within = list.district(found, district).orElseThrow(() -> new InvalidInputException(Problem.ofFile("--district",
                    "không có huyện '" + district + "' trong " + found.inText() + " (danh mục " + edition + "); có: "
                            + districts.stream().map(AdministrativeUnit::inText).collect(Collectors.joining(", ")))));
        }
        return new CommuneListing(list, found, within);
    }
}
