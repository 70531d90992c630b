package vn.vanban.nd30;

import java.util.List;

/**
 * The samples of Phụ lục III that vanban writes, and what a document of each has beside the header
 * and the closing every document shares.
 */
public enum Form {

    /**
     * Mẫu 1.2–1.3, Quyết định (cá biệt): the type name and "Về việc ..." (or "Ban hành ..."), the
     * authority that decides, the legal bases, "QUYẾT ĐỊNH:", then articles "Điều 1.", "Điều 2.";
     * Nơi nhận opens with "Như Điều ..." for those who carry it out.
     */
    DECISION("Phụ lục III, Mẫu 1.2–1.3", true, false, Addressees.NONE,
            List.of(Component.AUTHORITY, Component.DECIDES, Component.ARTICLE)),
    /**
     * Mẫu 1.4, a document with a type name (kế hoạch, báo cáo, tờ trình, ...): the type name and
     * the subject; a Báo cáo or Tờ trình sent to a higher body may have "Kính gửi" (mục II.9.b).
     */
    TYPED("Phụ lục III, Mẫu 1.4", true, false, Addressees.OPTIONAL, List.of()),
    /**
     * Mẫu 1.5, Công văn: no type name; the subject "V/v ..." under the number in the header;
     * "Kính gửi" and the addressees; Nơi nhận opens with "Như trên" (mục II.9.b).
     */
    LETTER("Phụ lục III, Mẫu 1.5", false, true, Addressees.REQUIRED, List.of(Component.ADDRESSEE));

    /** Whether a document of the form names those it is sent to in ô 9a. */
    public enum Addressees { NONE, OPTIONAL, REQUIRED }

    private final String source;
    private final boolean typeName;
    private final boolean subjectInHeader;
    private final Addressees addressees;
    private final List<Component> bodyComponents;

    Form(String source, boolean typeName, boolean subjectInHeader, Addressees addressees, List<Component> bodyComponents) {
        this.source = source;
        this.typeName = typeName;
        this.subjectInHeader = subjectInHeader;
        this.addressees = addressees;
        this.bodyComponents = bodyComponents;
    }

    public String source() {
        return source;
    }

    /** A type name (KẾ HOẠCH, QUYẾT ĐỊNH) stands over the subject. */
    public boolean hasTypeName() {
        return typeName;
    }

    /** The subject is "V/v ..." under the number (ô 5b), not under a type name (ô 5a). */
    public boolean subjectInHeader() {
        return subjectInHeader;
    }

    public Addressees addressees() {
        return addressees;
    }

    /**
     * The components a document of the form must have between its title and its closing, in the
     * order they stand: a Quyết định's authority line, "QUYẾT ĐỊNH:" and its articles; a Công văn's
     * "Kính gửi". The header and closing every form shares are not listed.
     */
    public List<Component> bodyComponents() {
        return bodyComponents;
    }
}
