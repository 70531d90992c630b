package vn.vanban.derive;

/** The child plan's YAML text and the report of how it was made from the parent. */
public record DerivedPlan(String text, DeriveReport report) {
}
