package vn.vanban.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.model.Authority;
import vn.vanban.model.Issuer;
import vn.vanban.model.Plan;
import vn.vanban.model.Signer;
import vn.vanban.model.VietnameseNames;
import vn.vanban.nd30.Form;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.text.CalendarDays;

/**
 * One parsed document, made into each unit's: a plan, a Quyết định or a Báo cáo is issued by the
 * unit — the issuing body's last line, the place name and the territory become the unit's; a Công
 * văn, which must name whom it is sent to (Mẫu 1.5), is sent to the unit — the province's letter
 * stays the province's and "Kính gửi" names the unit's People's Committee. Either way the units
 * file's signer, number, date, addressee and variables replace the document's. The text keeps its
 * ${variables}, so ${dia_ban} and ${co_quan} follow the unit that issues it.
 *
 * <p>A number, a date and a signer's name belong to one document. A letter sent to each unit is
 * that one document, so it keeps them; a document each unit issues is a new one, so they come
 * from the units file alone, and where the file has none the unit's document is a draft: number
 * and date blank as render prints a draft, the name left for the unit to write under its title.
 */
public final class UnitPlans {

    /** Numbers are registered in a year's book; anything this large is a typing slip. */
    private static final int LARGEST_NUMBER = 999_999;

    private static final Pattern ISO_DATE = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})");
    private static final Pattern LOCAL_DATE = Pattern.compile("([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})");

    /** Written in the quyen_han column for a head who signs in their own name. */
    private static final List<String> NO_AUTHORITY = List.of("không", "-");

    /** The committee of an administrative unit, which a letter to the unit is addressed to. */
    private static final String COMMITTEE = "Ủy ban nhân dân";

    private final Plan plan;
    private final List<String> bodyLines;
    private final String bodyName;
    /** A Công văn: sent to each unit by the plan's own body, not issued by each unit. */
    private final boolean sentToUnits;

    /**
     * @param planSource the plan file, for the message when its issuing body has a single line
     * @throws InvalidInputException when the issuing body has no line to give to the unit
     */
    public UnitPlans(Plan plan, String planSource) throws InvalidInputException {
        List<String> lines = plan.issuer().nameLines();
        this.sentToUnits = plan.kind().form().addressees() == Form.Addressees.REQUIRED;
        if (lines.size() < 2 && !sentToUnits) {
            throw new InvalidInputException(Problem.ofFile(planSource, "co_quan.ten cần hai dòng trở lên: tên cơ quan"
                    + " (ỦY BAN NHÂN DÂN) rồi tên đơn vị; batch thay dòng cuối bằng tên từng xã, phường"));
        }
        this.plan = plan;
        this.bodyLines = List.copyOf(lines.subList(0, Math.max(0, lines.size() - 1)));
        this.bodyName = VietnameseNames.sentenceCase(String.join(" ", bodyLines));
    }

    public Plan planFor(BatchUnit unit) throws UnitFailure {
        return plan.withUnitValues(sentToUnits ? plan.issuer() : issuer(unit), addressees(unit), signer(unit),
                number(unit), date(unit), variables(unit));
    }

    /**
     * Warnings, once for the batch: units whose own date (ngay) does not fit the plan's year, as the
     * loader warns for a plan; and what the plan has of its own that the units' documents do not
     * take: its number and date, its signer's name (not for a letter sent to each unit, which keeps them).
     */
    public List<String> warnings(List<BatchUnit> units) {
        List<String> warnings = new ArrayList<>();
        List<BatchUnit> outOfYear = units.stream().filter(this::datedOutsideTheYear).toList();
        if (!outOfYear.isEmpty()) {
            BatchUnit first = outOfYear.get(0);
            warnings.add(outOfYear.size() + "/" + units.size() + " đơn vị có ngày ban hành (cột ngay) không khớp kế hoạch năm "
                    + plan.year() + ", ví dụ " + first.where() + first.label() + ": "
                    + first.values().get(UnitColumns.DATE));
        }
        if (sentToUnits) {
            return warnings;
        }
        long undated = units.stream().filter(u -> empty(u, UnitColumns.NUMBER) || empty(u, UnitColumns.DATE)).count();
        if ((plan.number() != null || plan.date() != null) && undated > 0) {
            warnings.add("số và ngày của văn bản này không chép sang văn bản của đơn vị (mỗi văn bản một số, một ngày);"
                    + " " + undated + "/" + units.size() + " đơn vị thiếu cột so hoặc ngay trong tệp đơn vị nên để trống"
                    + " số hoặc ngày như bản dự thảo");
        }
        long unnamed = units.stream().filter(u -> empty(u, UnitColumns.SIGNER_NAME)).count();
        if (!plan.signer().name().isBlank() && unnamed > 0) {
            warnings.add("họ tên người ký '" + plan.signer().name() + "' là của văn bản này, không chép sang văn bản của"
                    + " đơn vị; " + unnamed + "/" + units.size() + " đơn vị không có cột ho_ten nên để trống họ tên"
                    + " dưới chức vụ cho đơn vị ghi");
        }
        return warnings;
    }

    /** A unit's ngay of either form whose year is neither the plan's nor the one before; a malformed one is told by date(). */
    private boolean datedOutsideTheYear(BatchUnit unit) {
        int[] yearMonthDay = yearMonthDay(unit.values().getOrDefault(UnitColumns.DATE, ""));
        return yearMonthDay != null && !Plan.issueYearFits(yearMonthDay[0], plan.year());
    }

    private static boolean empty(BatchUnit unit, String column) {
        return unit.values().getOrDefault(column, "").isEmpty();
    }

    /** Is this batch one letter sent to every unit (true) or one document issued by each (false)? */
    public boolean sentToUnits() {
        return sentToUnits;
    }

    private Issuer issuer(BatchUnit unit) {
        List<String> nameLines = new ArrayList<>(bodyLines);
        nameLines.add(VietnameseNames.upper(unit.type() + " " + unit.name()));
        Issuer base = plan.issuer();
        return new Issuer(base.parentLines(), nameLines, base.abbreviation(), unit.placeName(), unit.territory(),
                bodyName + " " + unit.territory());
    }

    /**
     * The kinh_gui column where it is filled; else a letter goes to the unit's committee
     * ("Ủy ban nhân dân xã Cẩm Ngọc", one line: Mẫu 1.5 puts a single addressee after the colon)
     * and any other document keeps the addressees it has.
     */
    private List<String> addressees(BatchUnit unit) {
        String typed = unit.values().getOrDefault(UnitColumns.ADDRESSEE, "");
        if (!typed.isEmpty()) {
            return List.of(typed);
        }
        return sentToUnits ? List.of(COMMITTEE + " " + unit.territory()) : plan.addressees();
    }

    private Signer signer(BatchUnit unit) throws UnitFailure {
        Signer base = plan.signer();
        Map<String, String> values = unit.values();
        String name = nonEmpty(values.get(UnitColumns.SIGNER_NAME), sentToUnits ? base.name() : "");
        String title = nonEmpty(values.get(UnitColumns.SIGNER_TITLE), base.title());
        Authority authority = base.authority();
        String authorityText = values.getOrDefault(UnitColumns.AUTHORITY, "");
        if (NO_AUTHORITY.contains(VietnameseNames.lower(authorityText))) {
            authority = null;
        } else if (!authorityText.isEmpty()) {
            try {
                authority = Authority.valueOf(authorityText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UnitFailure("quyền hạn '" + authorityText + "' không hợp lệ (cột quyen_han): cần TM, KT, TL, TUQ, Q hoặc 'không'");
            }
        }
        if (authority == Authority.TM && base.onBehalfOf() == null) {
            throw new UnitFailure("quyền hạn TM cần 'thay_mat' trong nguoi_ky của kế hoạch");
        }
        if (authority != null && authority != Authority.TM && base.principalTitle() == null) {
            throw new UnitFailure("quyền hạn " + authority + " cần 'chuc_vu_truong' trong nguoi_ky của kế hoạch");
        }
        if (authority != Authority.Q && title == null) {
            throw new UnitFailure("thiếu chức vụ người ký (cột chuc_vu hoặc nguoi_ky.chuc_vu của kế hoạch)");
        }
        return new Signer(authority, base.onBehalfOf(), base.principalTitle(), title, name);
    }

    private Integer number(BatchUnit unit) throws UnitFailure {
        String text = unit.values().getOrDefault(UnitColumns.NUMBER, "");
        if (text.isEmpty()) {
            return sentToUnits ? plan.number() : null;
        }
        if (!text.matches("[0-9]{1,6}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > LARGEST_NUMBER) {
            throw new UnitFailure("số '" + text + "' không hợp lệ (cột so): cần một số nguyên dương, ví dụ 15");
        }
        return Integer.parseInt(text);
    }

    /** The ngay column as 2026-01-09, the plan's own form, or 09/01/2026, a Vietnamese spreadsheet's. */
    private LocalDate date(BatchUnit unit) throws UnitFailure {
        String text = unit.values().getOrDefault(UnitColumns.DATE, "");
        if (text.isEmpty()) {
            return sentToUnits ? plan.date() : null;
        }
        int[] yearMonthDay = yearMonthDay(text);
        if (yearMonthDay == null) {
            throw new UnitFailure("ngày '" + text + "' không hợp lệ (cột ngay): cần dạng 2026-01-09 hoặc 09/01/2026");
        }
        String why = CalendarDays.whyNot(yearMonthDay[0], yearMonthDay[1], yearMonthDay[2]);
        if (why != null) {
            throw new UnitFailure("ngày '" + text + "' không có trên lịch (cột ngay): " + why);
        }
        return LocalDate.of(yearMonthDay[0], yearMonthDay[1], yearMonthDay[2]);
    }

    /** Year, month and day of a date written 2026-01-09 or 09/01/2026, on the calendar or not; null for another form. */
    private static int[] yearMonthDay(String text) {
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.matches()) {
            return new int[] {Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))};
        }
        Matcher local = LOCAL_DATE.matcher(text);
        if (local.matches()) {
            return new int[] {Integer.parseInt(local.group(3)), Integer.parseInt(local.group(2)), Integer.parseInt(local.group(1))};
        }
        return null;
    }

    private Map<String, String> variables(BatchUnit unit) {
        Map<String, String> variables = new HashMap<>(plan.variables());
        unit.values().forEach((column, value) -> {
            if (column.startsWith(UnitColumns.VARIABLE_PREFIX) && !value.isEmpty()) {
                variables.put(column.substring(UnitColumns.VARIABLE_PREFIX.length()), value);
            }
        });
        return variables;
    }

    private static String nonEmpty(String value, String otherwise) {
        return value == null || value.isEmpty() ? otherwise : value;
    }
}
