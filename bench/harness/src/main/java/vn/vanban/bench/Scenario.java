package vn.vanban.bench;

import com.deepoove.poi.XWPFTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.vanban.batch.BatchRun;
import vn.vanban.batch.BatchUnit;
import vn.vanban.batch.BatchUnits;
import vn.vanban.batch.DirectorySink;
import vn.vanban.batch.OutputFile;
import vn.vanban.batch.Summary;
import vn.vanban.batch.UnitOutput;
import vn.vanban.batch.UnitPlans;
import vn.vanban.batch.UnitResult;
import vn.vanban.cli.Vanban;
import vn.vanban.model.Issuer;
import vn.vanban.model.Plan;
import vn.vanban.render.DocxRenderer;
import vn.vanban.units.UnitList;
import vn.vanban.yaml.PlanLoader;

/**
 * One measured run in a fresh JVM, started by {@link BenchMain}:
 *
 * <pre>Scenario vanban|floor|poi-tl PLAN.yaml UNITS.csv OUT_DIR JOBS</pre>
 *
 * Prints one line "RESULT key=value ..." with the documents written, the measured seconds and
 * the process's peak resident set size (VmHWM) and peak heap use.
 */
public final class Scenario {

    private Scenario() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = args[0];
        Path plan = Path.of(args[1]);
        Path units = Path.of(args[2]);
        Path out = Path.of(args[3]);
        int jobs = Integer.parseInt(args[4]);
        Measured measured = switch (scenario) {
            case "vanban" -> vanban(plan, units, out, jobs);
            case "floor" -> floor(plan, units, out, jobs);
            case "poi-tl" -> poiTl(plan, units, out, jobs);
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
        long files;
        long bytes = 0;
        try (Stream<Path> listing = Files.list(out)) {
            List<Path> written = listing.toList();
            files = written.size();
            for (Path p : written) {
                bytes += Files.size(p);
            }
        }
        if (files != measured.documents()) {
            throw new IllegalStateException(scenario + ": " + files + " files for " + measured.documents() + " documents");
        }
        System.out.printf("RESULT scenario=%s documents=%d seconds=%.4f rss_kb=%d heap_kb=%d avg_bytes=%d note=%s%n",
                scenario, measured.documents(), measured.nanos() / 1e9, peakRssKb(), peakHeapKb(),
                files == 0 ? 0 : bytes / files, measured.note());
    }

    record Measured(long documents, long nanos, String note) {
    }

    private static final Pattern SUMMARY_TIME = Pattern.compile("Thời gian:\\s+([0-9]+,[0-9]+) giây");

    /** The command as a clerk runs it, in-process: plan loading, template compiling and units file included. */
    static Measured vanban(Path plan, Path units, Path out, int jobs) {
        StringWriter err = new StringWriter();
        StringWriter summary = new StringWriter();
        long start = System.nanoTime();
        int code = Vanban.run(new PrintWriter(summary), new PrintWriter(err), "batch", plan.toString(),
                "--units", units.toString(), "-o", out.toString(), "-j", Integer.toString(jobs), "--progress", "none");
        long nanos = System.nanoTime() - start;
        if (code != 0) {
            throw new IllegalStateException("vanban batch exited " + code + ": " + err);
        }
        Matcher time = SUMMARY_TIME.matcher(summary.toString());
        if (!time.find()) {
            throw new IllegalStateException("no time in the summary: " + summary);
        }
        // The command's own clock starts at the first unit, after the plan and templates are read.
        return new Measured(count(out), nanos, "pipeline-seconds=" + time.group(1).replace(',', '.'));
    }

    /**
     * The floor: the same documents' bytes, made before the clock starts, written by the same
     * pipeline and the same directory sink as the command uses. Only template work is missing.
     */
    static Measured floor(Path plan, Path unitsFile, Path out, int jobs) throws Exception {
        Plan parsed = PlanLoader.load(plan).plan();
        UnitPlans plans = new UnitPlans(parsed, plan.toString());
        DocxRenderer renderer = DocxRenderer.create(null);
        List<BatchUnit> units = BatchUnits.read(unitsFile, UnitList.current(), parsed.variables().keySet());
        Map<String, byte[]> made = new ConcurrentHashMap<>();
        units.parallelStream().forEach(unit -> {
            try {
                made.put(unit.code(), renderer.render(plans.planFor(unit)).docx());
            } catch (vn.vanban.batch.UnitFailure e) {
                throw new IllegalStateException(e);
            }
        });
        System.gc();
        long start = System.nanoTime();
        Summary summary = BatchRun.run(units, unit -> new UnitOutput(
                List.of(new OutputFile(unit.fileStem() + ".docx", made.get(unit.code()))), List.of()),
                DirectorySink.open(out, false), jobs, Silent.INSTANCE);
        return new Measured(summary.written(), System.nanoTime() - start, "-");
    }

    /**
     * The peer: poi-tl fills a Word template made from vanban's own output for the same plan (the
     * issuing body, place, territory and body name replaced by tags), one document per unit,
     * written by the same pipeline and sink.
     */
    static Measured poiTl(Path plan, Path unitsFile, Path out, int jobs) throws Exception {
        Plan parsed = PlanLoader.load(plan).plan();
        List<BatchUnit> units = BatchUnits.read(unitsFile, UnitList.current(), parsed.variables().keySet());
        // The template is a unit's document, as a clerk would make it: a batch unit's number, date
        // and signer's name are its own, so they are blank there as in every document vanban writes.
        byte[] template = template(new UnitPlans(parsed, "plan").planFor(units.get(0)));
        long start = System.nanoTime();
        Summary summary = BatchRun.run(units, unit -> new UnitOutput(
                List.of(new OutputFile(unit.fileStem() + ".docx", poiTlRender(template, unit))), List.of()),
                DirectorySink.open(out, false), jobs, Silent.INSTANCE);
        long nanos = System.nanoTime() - start;
        return new Measured(summary.written(), nanos, "same-text-as-vanban=" + sameText(parsed, template, units.get(0)));
    }

    /** vanban's document for a unit, its names made poi-tl tags: the template a clerk would make by hand. */
    static byte[] template(Plan plan) throws Exception {
        List<String> lines = new ArrayList<>(plan.issuer().nameLines().subList(0, plan.issuer().nameLines().size() - 1));
        lines.add("{{TEN_DON_VI}}");
        Issuer tagged = new Issuer(plan.issuer().parentLines(), lines, plan.issuer().abbreviation(), "{{dia_danh}}",
                "{{dia_ban}}", "{{co_quan}}");
        return DocxRenderer.create(null).render(plan.withIssuer(tagged)).docx();
    }

    static byte[] poiTlRender(byte[] template, BatchUnit unit) {
        Map<String, Object> data = new HashMap<>();
        data.put("TEN_DON_VI", vn.vanban.model.VietnameseNames.upper(unit.type() + " " + unit.name()));
        data.put("dia_danh", unit.placeName());
        data.put("dia_ban", unit.territory());
        data.put("co_quan", "Ủy ban nhân dân " + unit.territory());
        try (XWPFTemplate filled = XWPFTemplate.compile(new ByteArrayInputStream(template)).render(data)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
            filled.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether poi-tl's document reads word for word like vanban's for the same unit. */
    static boolean sameText(Plan plan, byte[] template, BatchUnit unit) throws Exception {
        byte[] ours = DocxRenderer.create(null).render(new UnitPlans(plan, "plan").planFor(unit)).docx();
        return text(ours).equals(text(poiTlRender(template, unit)));
    }

    static String text(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    static long count(Path dir) {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Peak resident set size of this process, from /proc/self/status (VmHWM); -1 where there is no /proc. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** The sum of the heap pools' peak use, as the JVM counts it. */
    static long peakHeapKb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1024;
    }

    /** Hears nothing: the benchmark measures the work, not the console. */
    enum Silent implements BatchRun.Listener {
        INSTANCE;

        @Override
        public void started(int units) {
        }

        @Override
        public void unitDone(UnitResult result, int done, int units) {
            if (result.failed()) {
                throw new IllegalStateException(result.unit().label() + ": " + result.failure());
            }
        }

        @Override
        public void finished(Summary summary) {
        }
    }
}
