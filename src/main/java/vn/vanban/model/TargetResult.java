package vn.vanban.model;

import java.util.Objects;

/**
 * One row of a Báo cáo's table of targets: what the plan set and what was done.
 *
 * @param target the target (chỉ tiêu) as the plan wrote it, without its figure
 * @param planned the figure the plan set ("100%", "20 lớp"), or null
 * @param achieved the figure reached, or null while the clerk has not written it
 * @param assessment the clerk's own word on it ("Đạt", "Vượt"), or null to let vanban compare the figures
 */
public record TargetResult(String target, String planned, String achieved, String assessment) {

    public TargetResult {
        Objects.requireNonNull(target, "target");
    }
}
