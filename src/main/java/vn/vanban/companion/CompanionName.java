package vn.vanban.companion;

/** The file name of a plan's companion, the same for the command line and the page. */
public final class CompanionName {

    private CompanionName() {
    }

    /** hai-duong-2023-phong-chong-mai-dam.yaml → hai-duong-2023-phong-chong-mai-dam-quyet-dinh.yaml (.yml stays .yml). */
    public static String of(String planName, CompanionKind kind) {
        int dot = planName.lastIndexOf('.');
        String stem = dot > 0 ? planName.substring(0, dot) : planName;
        String extension = dot > 0 ? planName.substring(dot) : ".yaml";
        return stem + "-" + kind.fileSuffix() + extension;
    }
}
