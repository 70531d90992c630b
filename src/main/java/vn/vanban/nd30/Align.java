package vn.vanban.nd30;

/** Where a component's paragraph stands. */
public enum Align {
    CENTER("canh giữa"), LEFT("sát lề trái"), JUSTIFIED("canh đều hai lề");

    private final String vietnamese;

    Align(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
