package vn.vanban.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import vn.vanban.model.Issuer;
import vn.vanban.model.Plan;
import vn.vanban.model.PlanVariables;
import vn.vanban.nd30.ArchiveLine;
import vn.vanban.nd30.BasisLead;
import vn.vanban.problem.Problem;
import vn.vanban.text.CalendarDays;
import vn.vanban.text.Excerpt;
import vn.vanban.text.PlainText;

/**
 * The rules a JSON Schema cannot say: dates that exist, a signer block that is complete for its
 * authority, items that have something to print, variables that are declared. They read the
 * tree defensively, so they also run on a tree the schema rejected and every problem is reported.
 */
final class PlanRules {

    private PlanRules() {
    }

    static List<Problem> check(YamlTree tree) {
        List<Problem> problems = new ArrayList<>();
        JsonNode root = tree.root();
        if (!root.isObject()) {
            return problems;
        }
        checkDate(tree, "/" + PlanReader.DATE, problems);
        JsonNode bases = root.path(PlanReader.LEGAL_BASES);
        for (int i = 0; i < bases.size(); i++) {
            checkDate(tree, "/" + PlanReader.LEGAL_BASES + "/" + i + "/van_ban/" + PlanReader.DATE, problems);
        }
        checkSigner(tree, root.path(PlanReader.SIGNER), problems);
        checkItems(tree, root, "", problems);
        checkVariables(tree, root, problems);
        checkHabits(tree, root, problems);
        checkIssuerNames(tree, root, problems);
        return problems;
    }

    private static void checkDate(YamlTree tree, String pointer, List<Problem> problems) {
        JsonNode node = tree.root().at(pointer);
        if (!node.isTextual() || !node.textValue().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return;
        }
        String why = notOnTheCalendar(node.textValue());
        if (why != null) {
            problems.add(tree.errorAt(pointer, SchemaMessages.keyPath(pointer) + ": ngày " + node.textValue()
                    + " không có trên lịch (" + why + ")"));
        }
    }

    /**
     * Why a date written NĂM-THÁNG-NGÀY is not on the calendar ({@link CalendarDays}), or null when it
     * is; and when day and month swapped make a date, that is likely what was meant (the clerk wrote
     * the date as Vietnamese reads it).
     */
    static String notOnTheCalendar(String date) {
        String[] parts = date.split("-");
        int year = Integer.parseInt(parts[0]);
        int month = Integer.parseInt(parts[1]);
        int day = Integer.parseInt(parts[2]);
        String why = CalendarDays.whyNot(year, month, day);
        if (why == null) {
            return null;
        }
        if (day >= 1 && day <= 12 && month >= 1 && month <= YearMonth.of(year, day).lengthOfMonth()) {
            why += "; ngày viết dạng NĂM-THÁNG-NGÀY, có phải " + String.format("%s-%s-%s", parts[0], parts[2], parts[1]) + "?";
        }
        return why;
    }

    private static void checkSigner(YamlTree tree, JsonNode signer, List<Problem> problems) {
        if (!signer.isObject()) {
            return;
        }
        String pointer = "/" + PlanReader.SIGNER;
        String authority = signer.path("quyen_han").isTextual() ? signer.path("quyen_han").textValue() : null;
        boolean hasOnBehalf = hasText(signer, "thay_mat");
        boolean hasPrincipal = hasText(signer, "chuc_vu_truong");
        boolean hasTitle = hasText(signer, "chuc_vu");
        if ("TM".equals(authority) && !hasOnBehalf) {
            problems.add(tree.errorAt(pointer, "nguoi_ky: quyền hạn TM cần 'thay_mat' (tập thể được thay mặt, ví dụ Ủy ban nhân dân)"));
        }
        if (authority != null && Set.of("KT", "TL", "TUQ", "Q").contains(authority) && !hasPrincipal) {
            problems.add(tree.errorAt(pointer, "nguoi_ky: quyền hạn " + authority
                    + " cần 'chuc_vu_truong' (chức vụ người đứng đầu, ví dụ Chủ tịch)"));
        }
        if (!"Q".equals(authority) && !hasTitle) {
            problems.add(tree.errorAt(pointer, "nguoi_ky: thiếu 'chuc_vu' (chức vụ người ký, ví dụ Chủ tịch, Phó Chủ tịch)"));
        }
        if ("Q".equals(authority) && hasTitle) {
            problems.add(tree.errorAtKey(pointer + "/chuc_vu",
                    "nguoi_ky: với quyền hạn Q chỉ in 'Q. <chức vụ người đứng đầu>'; bỏ 'chuc_vu'"));
        }
        if (hasPrincipal && (authority == null || "TM".equals(authority))) {
            problems.add(tree.errorAtKey(pointer + "/chuc_vu_truong",
                    "nguoi_ky: 'chuc_vu_truong' chỉ dùng với quyền hạn KT, TL, TUQ hoặc Q"));
        }
    }

    /** Every numbered item needs a title or a text to print after its number. */
    private static void checkItems(YamlTree tree, JsonNode node, String pointer, List<Problem> problems) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String childPointer = YamlTree.child(pointer, field.getKey());
                if (field.getKey().equals(PlanReader.ITEMS) && field.getValue().isArray()) {
                    for (int i = 0; i < field.getValue().size(); i++) {
                        JsonNode item = field.getValue().get(i);
                        if (item.isObject() && !hasText(item, PlanReader.TITLE) && !hasText(item, PlanReader.TEXT)) {
                            problems.add(tree.errorAt(YamlTree.child(childPointer, i), SchemaMessages.keyPath(
                                    YamlTree.child(childPointer, i)) + ": mục cần 'tieu_de' hoặc 'van_ban'"));
                        }
                    }
                }
                checkItems(tree, field.getValue(), childPointer, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkItems(tree, node.get(i), YamlTree.child(pointer, i), problems);
            }
        }
    }

    private static void checkVariables(YamlTree tree, JsonNode root, List<Problem> problems) {
        Set<String> declared = new TreeSet<>(PlanVariables.BUILT_IN);
        JsonNode own = root.path(PlanReader.VARIABLES);
        if (own.isObject()) {
            own.fieldNames().forEachRemaining(name -> {
                if (PlanVariables.BUILT_IN.contains(name)) {
                    problems.add(tree.errorAtKey("/" + PlanReader.VARIABLES + "/" + name, "bien: '" + name
                            + "' là biến có sẵn, lấy từ kế hoạch; không khai báo lại"));
                }
                declared.add(name);
            });
        }
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            // The issuing body's fields and the variables themselves define values; they are not expanded.
            if (!field.getKey().equals(PlanReader.ISSUER) && !field.getKey().equals(PlanReader.VARIABLES)) {
                checkReferences(tree, field.getValue(), "/" + field.getKey(), declared, problems);
            }
        }
    }

    private static void checkReferences(YamlTree tree, JsonNode node, String pointer, Set<String> declared,
            List<Problem> problems) {
        if (node.isTextual()) {
            for (String name : PlanVariables.references(node.textValue())) {
                if (!declared.contains(name)) {
                    problems.add(tree.errorAt(pointer, "biến ${" + name + "} chưa được khai báo; các biến có: "
                            + String.join(", ", declared) + " (khai báo biến mới trong 'bien'; viết $${ để in ${)"));
                }
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f ->
                    checkReferences(tree, f.getValue(), YamlTree.child(pointer, f.getKey()), declared, problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkReferences(tree, node.get(i), YamlTree.child(pointer, i), declared, problems);
            }
        }
    }

    /** Not errors, but what format review would send back. */
    private static void checkHabits(YamlTree tree, JsonNode root, List<Problem> problems) {
        JsonNode subject = root.path(PlanReader.SUBJECT);
        if (subject.isTextual()) {
            // Variables are filled in later and say nothing about the case the clerk typed.
            String text = subject.textValue().replaceAll("\\$\\{[a-z0-9_]*}", "");
            if (text.codePoints().filter(Character::isLetter).count() > 3 && text.equals(text.toUpperCase(java.util.Locale.ROOT))) {
                problems.add(tree.warningAt("/" + PlanReader.SUBJECT,
                        "trích yếu viết chữ thường (in thường) theo Nghị định 30; chỉ tên loại văn bản in hoa"));
            }
        }
        checkArchive(tree, root.path(PlanReader.ARCHIVE), problems);
        checkBasisLeads(tree, root, problems);
        JsonNode date = root.path(PlanReader.DATE);
        JsonNode year = root.path(PlanReader.YEAR);
        if (date.isTextual() && date.textValue().matches("[0-9]{4}-.*") && year.isIntegralNumber()) {
            int issued = Integer.parseInt(date.textValue().substring(0, 4));
            if (!Plan.issueYearFits(issued, year.intValue())) {
                problems.add(tree.warningAt("/" + PlanReader.DATE, "ngày ban hành năm " + issued
                        + " không khớp kế hoạch năm " + year.intValue()));
            }
        }
    }

    /**
     * The issuer's name and area in running text come from its printed lines; where their shape
     * leaves the casing or the area unsure, the clerk is asked to write them rather than trust a guess.
     */
    private static void checkIssuerNames(YamlTree tree, JsonNode root, List<Problem> problems) {
        JsonNode node = root.path(PlanReader.ISSUER);
        JsonNode name = node.path("ten");
        boolean linesOfText = name.isTextual() || name.isArray() && name.size() > 0
                && StreamSupport.stream(name.spliterator(), false).allMatch(JsonNode::isTextual);
        if (!linesOfText || !node.path("viet_tat").isTextual() || !node.path("dia_danh").isTextual()) {
            return;
        }
        Issuer issuer = PlanReader.issuer(node);
        String pointer = "/" + PlanReader.ISSUER;
        if (!issuer.nameIsSure()) {
            problems.add(tree.warningAt(pointer, "co_quan: chưa chắc cách viết hoa tên '" + String.join(" ", issuer.nameLines())
                    + "' trong câu (vanban tạm viết '" + issuer.fullNameInText() + "'); ghi tên viết trong câu vào"
                    + " co_quan.ten_day_du, ví dụ ten_day_du: Sở Văn hóa, Thể thao và Du lịch"));
        }
        if (issuer.area().isEmpty() && mentions(root, PlanVariables.TERRITORY)) {
            problems.add(tree.warningAt(pointer, "co_quan: không nhận ra địa bàn của cơ quan từ tên hoặc chu_quan, nên ${"
                    + PlanVariables.TERRITORY + "} tạm là '" + issuer.placeName() + "'; ghi co_quan.dia_ban, ví dụ"
                    + " dia_ban: tỉnh Lâm Đồng"));
        }
    }

    private static boolean mentions(JsonNode node, String variable) {
        if (node.isTextual()) {
            return PlanVariables.references(node.textValue()).contains(variable);
        }
        for (JsonNode child : node) {
            if (mentions(child, variable)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each legal basis opens with a lead word ("Căn cứ", "Thực hiện", ...), as the checker reads a
     * basis: a sentence without one is printed as typed, in italic among the bases, and then fails
     * vanban's own check (the line above it lacks its ".", the line itself reads as body text in
     * italic). Laid out as one paragraph, the bases after the first run on without a lead.
     */
    private static void checkBasisLeads(YamlTree tree, JsonNode root, List<Problem> problems) {
        JsonNode bases = root.path(PlanReader.LEGAL_BASES);
        boolean oneParagraph = "doan".equals(root.path(PlanReader.PRESENTATION).path(PlanReader.LEGAL_BASES).asText());
        for (int i = 0; i < bases.size() && !(oneParagraph && i > 0); i++) {
            String pointer = YamlTree.child("/" + PlanReader.LEGAL_BASES, i);
            JsonNode basis = bases.get(i);
            if (basis.isTextual() && !basis.textValue().startsWith("${") && !BasisLead.opens(basis.textValue())) {
                problems.add(tree.warningAt(pointer, SchemaMessages.keyPath(pointer) + ": căn cứ nên mở đầu bằng '"
                        + BasisLead.DEFAULT + "' (từ dẫn của căn cứ: " + BasisLead.listed()
                        + "); câu này sẽ in ra như đã viết và vanban check không nhận ra là căn cứ. Viết '"
                        + BasisLead.DEFAULT + " " + Excerpt.head(basis.textValue()) + "', hoặc viết dạng {van_ban: ...} để"
                        + " vanban thêm '" + BasisLead.DEFAULT + "'; văn bản được thực hiện thì viết ở mo_dau: 'Thực hiện ...'"));
            }
            JsonNode lead = basis.path("dan");
            if (lead.isTextual() && !BasisLead.opens(lead.textValue())) {
                String leadPointer = YamlTree.child(pointer, "dan");
                problems.add(tree.warningAt(leadPointer, SchemaMessages.keyPath(leadPointer) + ": từ dẫn '"
                        + lead.textValue() + "' không phải từ dẫn của căn cứ; dùng " + BasisLead.listed()
                        + ", hoặc bỏ 'dan' để vanban viết '" + BasisLead.DEFAULT + "'"));
            }
        }
    }

    /**
     * The Lưu line as vanban will print it, against the rule the checker applies to the .docx
     * (ND30-ARCHIVE-LINE), so that what render writes, check accepts; the warning names what is missing.
     */
    private static void checkArchive(YamlTree tree, JsonNode archive, List<Problem> problems) {
        if (!archive.isArray() || archive.isEmpty()) {
            return;
        }
        List<String> entries = new ArrayList<>();
        archive.forEach(entry -> entries.add(PlainText.withoutEndPunctuation(entry.asText())));
        if (ArchiveLine.complete(ArchiveLine.of(entries))) {
            return;
        }
        String pointer = "/" + PlanReader.ARCHIVE;
        if (!ArchiveLine.recordsOfficeFirst(entries)) {
            problems.add(tree.warningAt(pointer + "/0", "dòng Lưu bắt đầu bằng VT (văn thư), rồi đến chữ viết tắt đơn vị"
                    + " soạn thảo: Lưu: VT, ... (Phụ lục I, mục II.9.d)"));
        } else {
            problems.add(tree.warningAt(pointer, "dòng Lưu sẽ in \"" + ArchiveLine.of(entries) + "\", thiếu chữ viết tắt"
                    + " đơn vị soạn thảo (và số lượng bản lưu nếu cần) sau VT, ví dụ luu: [VT, VHXH]; vanban check"
                    + " sẽ báo lỗi ND30-ARCHIVE-LINE (Phụ lục I, mục II.9.d)"));
        }
    }

    private static boolean hasText(JsonNode object, String key) {
        JsonNode value = object.get(key);
        return value != null && !value.isNull() && !value.asText().isBlank();
    }
}
