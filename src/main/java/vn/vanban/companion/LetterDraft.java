package vn.vanban.companion;

import java.util.List;
import java.util.regex.Pattern;
import vn.vanban.companion.CompanionDocument.Need;

/**
 * The Công văn that sends a plan down for action (Mẫu 1.5): "V/v triển khai Kế hoạch ...", the
 * drafting unit from the plan's Lưu line, addressed to the units the plan assigns duties to, the
 * plan cited, the points to carry out. Nơi nhận starts with "Như trên".
 */
final class LetterDraft implements Draft {

    /** What the schema allows as a drafting unit (cong-van.schema.json). */
    private static final Pattern UNIT_ABBREVIATION = Pattern.compile("[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*");
    /** A drafting unit that is clearly not one yet, so that the clerk sees it in the symbol. */
    static final String UNKNOWN_UNIT = "XX";

    @Override
    public String subject(SourcePlan plan) {
        return "Triển khai " + plan.named();
    }

    /**
     * The drafting unit: Lưu names the records office first and the drafting unit second
     * ("Lưu: VT, KGVX."), so the second entry, when it is an abbreviation.
     */
    @Override
    public void beforeSubject(CompanionWriter out, SourcePlan plan) {
        List<String> archive = plan.plan().archive();
        if (archive.size() > 1 && UNIT_ABBREVIATION.matcher(archive.get(1)).matches()) {
            out.need(0, Need.REVIEW, "đơn vị soạn thảo, lấy từ dòng Lưu của Kế hoạch", "đơn vị soạn thảo " + archive.get(1)
                    + " (từ dòng Lưu của kế hoạch)");
            out.scalar(0, "don_vi_soan_thao: ", archive.get(1));
        } else {
            out.need(0, Need.FILL, "chữ viết tắt của đơn vị soạn thảo (dòng Lưu của Kế hoạch không có)", "đơn vị soạn thảo");
            out.scalar(0, "don_vi_soan_thao: ", UNKNOWN_UNIT);
        }
    }

    @Override
    public void body(CompanionWriter out, SourcePlan plan, List<String> taken) {
        List<String> units = plan.units().stream().map(SourcePlan.Unit::name).distinct().toList();
        Companion.addressees(out, "cơ quan, đơn vị nhận công văn", units, Need.REVIEW, "các đơn vị được giao nhiệm vụ ở phần"
                + " Tổ chức thực hiện của Kế hoạch; gộp hoặc bỏ cho gọn",
                "Kính gửi: " + units.size() + " đơn vị của phần Tổ chức thực hiện");
        if (!units.isEmpty()) {
            taken.add("Kính gửi: " + units.size() + " đơn vị được giao nhiệm vụ ở phần Tổ chức thực hiện của kế hoạch");
        }

        out.blank();
        Companion.citing(out, plan, "Thực hiện " + plan.citation() + ", ${co_quan} đề nghị các cơ quan, đơn vị triển khai"
                + " thực hiện các nội dung sau:");

        out.blank();
        out.line("muc:");
        out.need(2, Need.FILL, "thời hạn", "mục 1: thời hạn xây dựng kế hoạch");
        out.scalar(2, "- van_ban: ", "Căn cứ nhiệm vụ được giao tại Kế hoạch, xây dựng kế hoạch của cơ quan, đơn vị để triển"
                + " khai thực hiện; hoàn thành trước ngày " + CompanionWriter.TO_FILL + ".");
        out.toFill(2, "- van_ban: ", "mục 2: những việc cần triển khai (mỗi việc một mục)");
        out.need(2, Need.FILL, "cơ quan tổng hợp và thời hạn báo cáo", "mục 3: nơi nhận và thời hạn báo cáo");
        out.scalar(2, "- van_ban: ", "Định kỳ báo cáo kết quả thực hiện về " + CompanionWriter.TO_FILL + " trước ngày "
                + CompanionWriter.TO_FILL + " để tổng hợp, báo cáo ${co_quan}.");

        out.blank();
        out.scalar(0, "ket_luan: ", "Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện.");
    }

    @Override
    public void recipients(CompanionWriter out, SourcePlan plan, List<String> taken) {
        Recipients.write(out, plan, "Như trên", taken);
    }
}
