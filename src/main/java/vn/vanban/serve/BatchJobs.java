package vn.vanban.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import vn.vanban.batch.BatchRun;
import vn.vanban.batch.BatchUnit;
import vn.vanban.batch.BatchUnits;
import vn.vanban.batch.OutputFile;
import vn.vanban.batch.Summary;
import vn.vanban.batch.UnitOutput;
import vn.vanban.batch.UnitPlans;
import vn.vanban.batch.UnitResult;
import vn.vanban.batch.ZipSink;
import vn.vanban.render.DocxRenderer;
import vn.vanban.units.AdministrativeUnit;
import vn.vanban.units.UnitList;
import vn.vanban.units.UnitNames;

/**
 * "Dựng cho mọi xã": vanban batch for one province, into a .zip in the desk's temporary folder,
 * one run at a time in the background; the page asks how far it is and fetches the .zip at the end.
 */
final class BatchJobs implements AutoCloseable {

    private final Path work;
    private final DocxRenderer renderer;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "vanban-serve-batch");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private Job current;

    /**
     * How far a run is, as the page shows it.
     *
     * @param warnings what the run as a whole should know, as the command line prints it before a batch
     *     (the plan's signer, number and date are not the units'; dates outside the plan's year)
     */
    record Status(String id, int done, int total, int failed, boolean finished, String error, List<String> failures,
            List<String> warnings, String zip) {
    }

    BatchJobs(Path work, DocxRenderer renderer) {
        this.work = work;
        this.renderer = renderer;
    }

    void start(Exchange exchange) throws Exception {
        PlanText plan = PlanText.from(exchange);
        String query = exchange.requiredQuery("tinh", "tỉnh, thành phố");
        UnitList list = UnitList.current();
        UnitPlans plans = new UnitPlans(plan.load().plan(), plan.name());
        List<BatchUnit> units = BatchUnits.ofProvince(list, query);
        AdministrativeUnit province = list.province(query).orElseThrow();
        Job job;
        synchronized (this) {
            if (current != null && !current.finished) {
                throw new HttpFailure(409, "đang dựng kế hoạch cho " + current.total + " đơn vị; chờ xong rồi dựng tiếp");
            }
            String id = Integer.toString(ids.incrementAndGet());
            job = new Job(id, units.size(), work.resolve("dot-" + id + ".zip"),
                    plan.sibling("") + "-" + UnitNames.slug(province.fullName()) + ".zip", plans.warnings(units));
            current = job;
            jobs.put(id, job);
        }
        ZipSink sink;
        try {
            sink = ZipSink.open(job.archive, false);
        } catch (IOException | RuntimeException e) {
            // A run that never started must not block the next one.
            job.fail("không tạo được tệp .zip tạm: " + e.getMessage());
            throw e;
        }
        DocxRenderer batchRenderer = renderer.forBatch();
        BatchRun.Job make = unit -> {
            DocxRenderer.Rendered rendered = batchRenderer.render(plans.planFor(unit));
            return new UnitOutput(List.of(new OutputFile(unit.fileStem() + ".docx", rendered.docx())), rendered.warnings());
        };
        runner.submit(() -> {
            try {
                BatchRun.run(units, make, sink, Runtime.getRuntime().availableProcessors(), job);
            } catch (Exception | LinkageError e) {
                job.fail("lỗi nội bộ của vanban khi dựng: " + e);
            }
        });
        exchange.json(200, job.status());
    }

    void status(Exchange exchange) throws Exception {
        exchange.json(200, job(exchange).status());
    }

    void zip(Exchange exchange) throws Exception {
        Job job = job(exchange);
        if (!job.finished || !Files.isRegularFile(job.archive)) {
            throw new HttpFailure(404, "chưa có tệp .zip của lần dựng này");
        }
        exchange.download("application/zip", job.zipName, Files.readAllBytes(job.archive));
    }

    private Job job(Exchange exchange) throws HttpFailure {
        Job job = jobs.get(exchange.requiredQuery("id", "mã lần dựng"));
        if (job == null) {
            throw new HttpFailure(404, "không có lần dựng này (trang đã được mở lại sau khi vanban serve khởi động lại?)");
        }
        return job;
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }

    /** One run: its progress, heard from the batch as each unit completes. */
    private static final class Job implements BatchRun.Listener {
        private final String id;
        private final int total;
        private final Path archive;
        private final String zipName;
        private final List<String> warnings;
        private final List<String> failures = new ArrayList<>();
        private volatile int done;
        private volatile boolean finished;
        private volatile String error;

        Job(String id, int total, Path archive, String zipName, List<String> warnings) {
            this.id = id;
            this.total = total;
            this.archive = archive;
            this.zipName = zipName;
            this.warnings = List.copyOf(warnings);
        }

        @Override
        public void started(int units) {
        }

        @Override
        public synchronized void unitDone(UnitResult result, int done, int units) {
            if (result.failed()) {
                failures.add(result.unit().label() + ": " + result.failure());
            }
            this.done = done;
        }

        @Override
        public void finished(Summary summary) {
            finished = true;
        }

        void fail(String message) {
            error = message;
            finished = true;
        }

        synchronized Status status() {
            return new Status(id, done, total, failures.size(), finished, error, List.copyOf(failures), warnings, zipName);
        }
    }
}
