package vn.vanban.serve;

import java.util.List;
import vn.vanban.units.UnitList;

/** The desk as the page opens: the working folder's plans and profiles, opening and saving them, and what the page needs to know. */
record FolderActions(PlanFolder folder, PdfWorker office, long uploadLimit) {

    record Province(String code, String name) {
    }

    /**
     * @param office why there will be no PDF or preview, empty when LibreOffice is there
     * @param uploadLimit the largest file the page may send, so that it can refuse one before sending
     */
    record DeskInfo(String folder, List<PlanFolder.Entry> files, List<Province> provinces, List<String> office,
            long uploadLimit, String uploadLimitText) {
    }

    record FileReply(String path, String name, String text) {
    }

    void desk(Exchange exchange) throws Exception {
        List<Province> provinces = UnitList.current().provinces().stream()
                .map(p -> new Province(p.code(), p.fullName())).toList();
        exchange.json(200, new DeskInfo(folder.root().toString(), folder.yamlFiles(), provinces, office.missing(),
                uploadLimit, BoundedBody.size(uploadLimit)));
    }

    void open(Exchange exchange) throws Exception {
        String path = exchange.requiredQuery("tep", "tên tệp");
        String text = folder.read(path);
        exchange.json(200, new FileReply(path, path.substring(path.lastIndexOf('/') + 1), text));
    }

    void save(Exchange exchange) throws Exception {
        String path = exchange.requiredQuery("tep", "tên tệp");
        folder.write(path, exchange.text(), "1".equals(exchange.query("ghi_de")));
        exchange.json(200, new FileReply(path, path.substring(path.lastIndexOf('/') + 1), null));
    }
}
