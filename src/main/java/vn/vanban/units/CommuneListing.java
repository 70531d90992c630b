package vn.vanban.units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The communes of a province (or of one district, in the 2024 list) written out for a clerk: as
 * a table to read — code, unit word, name, and the district in lists that have districts — or as
 * CSV that {@code vanban batch --units} reads (ma, loai, ten, tinh).
 */
public final class CommuneListing {

    private final UnitList list;
    private final AdministrativeUnit province;
    private final AdministrativeUnit district;
    private final List<AdministrativeUnit> communes;

    /** @param district one district of the province, or null for the whole province */
    public CommuneListing(UnitList list, AdministrativeUnit province, AdministrativeUnit district) {
        this.list = list;
        this.province = province;
        this.district = district;
        this.communes = list.communes(district != null ? district : province);
    }

    /** "mã  loại  tên  [huyện]", one commune a line, columns lined up. */
    public String table() {
        boolean districts = !list.districts(province).isEmpty();
        List<String[]> rows = new ArrayList<>();
        rows.add(districts ? new String[] {"mã", "loại", "tên", "huyện"} : new String[] {"mã", "loại", "tên"});
        for (AdministrativeUnit commune : communes) {
            String name = commune.name();
            if (districts) {
                AdministrativeUnit parent = list.unit(commune.parentCode()).orElseThrow();
                rows.add(new String[] {commune.code(), commune.type(), name, parent.inText()});
            } else {
                rows.add(new String[] {commune.code(), commune.type(), name});
            }
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].codePointCount(0, row[i].length()) + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** "17 đơn vị: 1 thị trấn, 16 xã — huyện Cẩm Thủy, tỉnh Thanh Hóa (danh mục 2024)". */
    public String summary() {
        Map<String, Integer> types = new LinkedHashMap<>();
        communes.forEach(c -> types.merge(c.type(), 1, Integer::sum));
        List<String> counts = new ArrayList<>();
        types.forEach((type, count) -> counts.add(count + " " + type));
        return communes.size() + " đơn vị: " + String.join(", ", counts) + " — "
                + (district != null ? district.inText() + ", " : "") + province.inText() + " (danh mục " + list.edition() + ")";
    }

    /** A units file for batch: the header ma,loai,ten,tinh, then a row per commune. */
    public String csv() {
        StringBuilder out = new StringBuilder("ma,loai,ten,tinh\n");
        for (AdministrativeUnit commune : communes) {
            out.append(commune.code()).append(',').append(cell(commune.type())).append(',').append(cell(commune.name()))
                    .append(',').append(cell(province.name())).append('\n');
        }
        return out.toString();
    }

    private static String cell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains(";")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
