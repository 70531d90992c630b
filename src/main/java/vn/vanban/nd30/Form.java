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
    DECISION,
    /**
     * Mẫu 1.4, a document with a type name (kế hoạch, báo cáo, tờ trình, ...): the type name and
     * the subject; a Báo cáo or Tờ trình sent to a higher body may have "Kính gửi" (mục II.9.b).
     */
    TYPED,
    /**
     * Mẫu 1.5, Công văn: no type name; the subject "V/v ..." under the number in the header;
     * "Kính gửi" and the addressees; Nơi nhận opens with "Như trên" (mục II.9.b).
     */
    LETTER;

    /** Whether a document of the form names those it is sent to in ô 9a. */
    public enum Addressees { NONE, OPTIONAL, REQUIRED }

    public String source() {
        return switch (this) {
            case DECISION -> "Phụ lục III, Mẫu 1.2–1.3";
            case TYPED -> "Phụ lục III, Mẫu 1.4";
            case LETTER -> "Phụ lục III, Mẫu 1.5";
        };
    }

    /** A type name (KẾ HOẠCH, QUYẾT ĐỊNH) stands over the subject. */
    public boolean hasTypeName() {
        return this != LETTER;
    }

    /** The subject is "V/v ..." under the number (ô 5b), not under a type name (ô 5a). */
    public boolean subjectInHeader() {
        return this == LETTER;
    }

    public Addressees addressees() {
        return switch (this) {
            case DECISION -> Addressees.NONE;
            case TYPED -> Addressees.OPTIONAL;
            case LETTER -> Addressees.REQUIRED;
        };
    }

    /**
     * The components a document of the form must have between its title and its closing, in the
     * order they stand: a Quyết định's authority line, "QUYẾT ĐỊNH:" and its articles; a Công văn's
     * "Kính gửi". The header and closing every form shares are not listed.
     */
    public List<Component> bodyComponents() {
        return switch (this) {
            case DECISION -> List.of(Component.AUTHORITY, Component.DECIDES, Component.ARTICLE);
            case TYPED -> List.of();
            case LETTER -> List.of(Component.ADDRESSEE);
        };
    }
}
