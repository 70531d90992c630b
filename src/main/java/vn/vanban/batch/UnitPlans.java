package vn.vanban.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.vanban.model.Authority;
import vn.vanban.model.Issuer;
import vn.vanban.model.Plan;
import vn.vanban.model.Signer;
import vn.vanban.model.VietnameseNames;
import vn.vanban.nd30.Form;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.render.BodyParagraph;
import vn.vanban.render.DocumentView;
import vn.vanban.render.PlanLayout;

/**
 * One parsed document, made into each unit's: a plan, a Quyết định or a Báo cáo is issued by the
 * unit — the issuing body's last line, the place name and the territory become the unit's; a Công
 * văn, which must name whom it is sent to (Mẫu 1.5), is sent to the unit — the province's letter
 * stays the province's and "Kính gửi" names the unit's People's Committee. Either way the units
 * file's signer, number, addressee and variables replace the document's. The text keeps its
 * ${variables}, so ${dia_ban} and ${co_quan} follow the unit that issues it.
 */
public final class UnitPlans {

    /** Numbers are registered in a year's book; anything this large is a typing slip. */
    private static final int LARGEST_NUMBER = 999_999;

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

    /**
     * A warning when the plan's text names its own place outright ("xã Cẩm Ngọc" typed instead of
     * ${dia_ban}): every unit's document would say the same place. Empty when it does not.
     */
    public Optional<String> placeNamedOutright() {
        if (sentToUnits) {
            // The letter stays its sender's: its own place named in it is right for every unit.
            return Optional.empty();
        }
        String place = plan.issuer().placeName();
        // Lay the plan out for a unit whose name cannot occur in any text: what still names the
        // plan's own place was typed, not expanded from a variable.
        String nowhere = "\uE000";
        List<String> nameLines = new ArrayList<>(bodyLines);
        nameLines.add(nowhere);
        Issuer neutral = new Issuer(plan.issuer().parentLines(), nameLines, plan.issuer().abbreviation(), nowhere,
                nowhere, nowhere);
        DocumentView view = PlanLayout.layout(plan.withIssuer(neutral)).view();
        List<String> texts = new ArrayList<>();
        texts.add(view.title().subject());
        for (BodyParagraph paragraph : view.body()) {
            texts.add(paragraph.title());
            texts.add(paragraph.text());
        }
        texts.addAll(view.closing().recipients());
        long count = texts.stream().filter(t -> t != null && t.contains(place)).count();
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of("nội dung kế hoạch ghi thẳng '" + place + "' (" + count + " đoạn); văn bản của mọi đơn vị"
                + " sẽ giữ nguyên chữ này. Dùng ${dia_danh}, ${dia_ban} hoặc ${co_quan} nếu đó là tên đơn vị ban hành");
    }

    public Plan planFor(BatchUnit unit) throws UnitFailure {
        Plan own = sentToUnits ? plan : plan.withIssuer(issuer(unit));
        return own.withAddressees(addressees(unit))
                .withSigner(signer(unit))
                .withNumber(number(unit))
                .withVariables(variables(unit));
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
        String name = base.name();
        if (values.containsKey(UnitColumns.SIGNER_NAME)) {
            name = values.get(UnitColumns.SIGNER_NAME);
            if (name.isEmpty()) {
                throw new UnitFailure("thiếu họ tên người ký (cột ho_ten)");
            }
        }
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
            return plan.number();
        }
        if (!text.matches("[0-9]{1,6}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > LARGEST_NUMBER) {
            throw new UnitFailure("số '" + text + "' không hợp lệ (cột so): cần một số nguyên dương, ví dụ 15");
        }
        return Integer.parseInt(text);
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
