package vn.vanban.serve;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.render.DocxRenderer;

/**
 * The clerk's desk: a web page on this machine to write, check and print plans, served by Jetty
 * on 127.0.0.1 only. Every request passes the {@link AccessGuard}; the actions reuse the command
 * line's loader, renderer, checker, importer, next-year, derive, companion and batch.
 */
public final class Desk implements AutoCloseable {

    private final Server server;
    /** The page's address with this run's token: http://127.0.0.1:PORT/?token=... */
    private final URI address;
    /** What stopping the desk releases once the server has stopped: batch runs, the PDF worker, the work folder. */
    private final Runnable release;

    private Desk(Server server, URI address, Runnable release) {
        this.server = server;
        this.address = address;
        this.release = release;
    }

    /**
     * Starts the desk.
     *
     * @throws BindException when the port is taken
     * @throws IOException when the folder cannot be read
     */
    public static Desk start(DeskConfig config) throws IOException, InvalidInputException {
        PlanFolder folder = new PlanFolder(config.folder());
        Path work = Files.createTempDirectory("vanban-serve-");
        DocxRenderer renderer = DocxRenderer.create(null);
        PdfWorker office = new PdfWorker(config.office());
        BatchJobs batches = new BatchJobs(work, renderer);
        Uploads uploads = new Uploads(work);
        PlanOutputs outputs = new PlanOutputs(renderer, office);
        PlanTransforms transforms = new PlanTransforms(folder);
        DocumentActions documents = new DocumentActions(uploads, folder);
        FolderActions folderActions = new FolderActions(folder, office, config.uploadLimit());

        Routes routes = new Routes(config.uploadLimit())
                .get("/api/desk", folderActions::desk)
                .get("/api/file", folderActions::open)
                .post("/api/file", folderActions::save)
                .post("/api/lint", EditorChecks::lint)
                .post("/api/docx", outputs::docx)
                .post("/api/pdf", outputs::pdf)
                .post("/api/preview", outputs::preview)
                .post("/api/next-year", transforms::nextYear)
                .post("/api/derive", transforms::derive)
                .post("/api/companion", transforms::companion)
                .post("/api/check", documents::check)
                .post("/api/import", documents::importPlan)
                .post("/api/batch", batches::start)
                .get("/api/batch", batches::status)
                .get("/api/batch/zip", batches::zip);
        PageAssets.register(routes);

        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("vanban-serve");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(config.port());
        server.addConnector(connector);
        try {
            connector.open();
        } catch (IOException e) {
            deleteTree(work);
            // Jetty wraps the refusal of a taken port; the command tells that case apart.
            throw e.getCause() instanceof BindException taken ? taken : e;
        }
        AccessToken token = AccessToken.random(connector.getLocalPort());
        server.setHandler(new AccessGuard(token, connector.getLocalPort(), routes));
        URI address = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/?" + AccessToken.PARAMETER + "="
                + token.value());
        Desk desk = new Desk(server, address, () -> {
            batches.close();
            office.close();
            deleteTree(work);
        });
        try {
            server.start();
        } catch (Exception e) {
            desk.close();
            throw new IOException("không khởi động được máy chủ của trang: " + e.getMessage(), e);
        }
        return desk;
    }

    public int port() {
        return address.getPort();
    }

    /** The page's own origin, http://127.0.0.1:PORT. */
    public URI origin() {
        return URI.create(address.getScheme() + "://" + address.getRawAuthority());
    }

    /** The address to open: the origin with this run's token. */
    public URI address() {
        return address;
    }

    /** Waits until the desk is stopped. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is best effort; the process is ending or the test is over.
        }
        release.run();
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is removed by the system in time.
        }
    }
}
