package vn.vanban.companion;

import java.util.List;

/**
 * What one kind of companion writes of its own; {@link Companion} writes what every kind shares
 * (the header, the signer, Lưu, the layout choices) around it.
 */
interface Draft {

    /** The subject (trich_yeu), from the plan's. */
    String subject(SourcePlan plan);

    /** Keys between nam and trich_yeu (the Công văn's drafting unit); none by default. */
    default void beforeSubject(CompanionWriter out, SourcePlan plan) {
    }

    /**
     * The keys after the subject and before the signer, from a new paragraph of the file.
     *
     * @param taken where to say, one line each, what was taken from the plan
     */
    void body(CompanionWriter out, SourcePlan plan, List<String> taken);

    /** noi_nhan, starting with the line that stands for the addressees ("Như Điều 3", "Như trên"). */
    void recipients(CompanionWriter out, SourcePlan plan, List<String> taken);
}
