package vn.vanban.batch;

/** Why one unit's document could not be made; the other units go on. The reason is Vietnamese. */
public final class UnitFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public UnitFailure(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
