package vn.vanban.nd30;

/** Where the decree says something: the parts of Phụ lục I that the rules cite. */
final class Source {

    static final String PAGE = "Phụ lục I, Phần I, mục I.";
    static final String COMPONENT = "Phụ lục I, Phần I, mục II.";
    static final String SAMPLES = "Phụ lục III, các mẫu 1.1–1.10";

    private Source() {
    }
}
