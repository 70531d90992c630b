package vn.vanban.derive;

/** The file name of a derived plan, the same for the command line and the page. */
public final class DerivedName {

    private DerivedName() {
    }

    /** hai-duong-2023-....yaml with the profile cam-ngoc.yaml → cam-ngoc-hai-duong-2023-....yaml. */
    public static String of(String parentName, String profileName) {
        int dot = profileName.lastIndexOf('.');
        String stem = dot > 0 ? profileName.substring(0, dot) : profileName;
        return stem + "-" + parentName;
    }
}
