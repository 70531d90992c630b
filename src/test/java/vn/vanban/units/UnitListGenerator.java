package vn.vanban.units;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the bundled unit lists under src/main/resources/vn/vanban/units from the official JSON
 * lists in shared/data (MIT licence, copied beside them). Run it by hand when the data changes:
 *
 * <pre>java -cp "target/classes:target/test-classes:target/lib/*" vn.vanban.units.UnitListGenerator \
 *     ../shared/data src/main/resources/vn/vanban/units</pre>
 *
 * BundledUnitListTest compares the bundled lists with the JSON wherever the JSON is present.
 */
public final class UnitListGenerator {

    static final String HEADER = "ma\tloai\tten\tma_cha\n";

    static final String NOTICE = """
            dvhc-2025.tsv.gz and dvhc-2024.tsv.gz list Vietnam's administrative units (codes, unit
            types, names, parent codes). They are a compact form, written by UnitListGenerator, of
            the JSON lists dvhc-2025/full.json (34 provinces and 3,321 commune-level units in force
            since 1 July 2025) and dvhc-2024/simplified.json (the 63-province, three-tier list
            before the reform), which are published under the licence below.

            """;

    private UnitListGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        for (String edition : UnitList.EDITIONS) {
            String table = table(edition, source(data, edition));
            try (OutputStream file = Files.newOutputStream(out.resolve(UnitList.resourceName(edition)));
                 GZIPOutputStream gzip = new GZIPOutputStream(file)) {
                gzip.write(table.getBytes(StandardCharsets.UTF_8));
            }
        }
        Files.writeString(out.resolve("LICENSE-dvhc.txt"), NOTICE
                + Files.readString(data.resolve("dvhc-2025/LICENSE.txt"), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    static Path source(Path data, String edition) {
        return data.resolve("2025".equals(edition) ? "dvhc-2025/full.json" : "dvhc-2024/simplified.json");
    }

    /** One row per unit, parents before their children, in the order of the source. */
    static String table(String edition, Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        StringBuilder out = new StringBuilder(HEADER);
        for (JsonNode province : root) {
            row(out, province, "");
            if ("2025".equals(edition)) {
                for (JsonNode commune : province.path("Wards")) {
                    row(out, commune, province.get("Code").asText());
                }
            } else {
                for (JsonNode district : province.path("District")) {
                    row(out, district, province.get("Code").asText());
                    for (JsonNode commune : district.path("Ward")) {
                        row(out, commune, district.get("Code").asText());
                    }
                }
            }
        }
        return out.toString();
    }

    /** The unit type is what the full name adds to the name: "Phường Ba Đình" − "Ba Đình". */
    private static void row(StringBuilder out, JsonNode unit, String parent) {
        String name = nfc(unit.get("Name").asText());
        String fullName = nfc(unit.get("FullName").asText());
        if (!fullName.endsWith(" " + name)) {
            throw new IllegalStateException(unit.get("Code").asText() + ": full name '" + fullName
                    + "' does not end with the name '" + name + "'");
        }
        String type = fullName.substring(0, fullName.length() - name.length() - 1).toLowerCase(Locale.forLanguageTag("vi"));
        out.append(unit.get("Code").asText()).append('\t').append(type).append('\t').append(name).append('\t')
                .append(parent).append('\n');
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
