package vn.vanban.nextyear;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The file name of the next year's plan, the same for the command line and the page. */
public final class NextYearName {

    private NextYearName() {
    }

    /**
     * cam-ngoc-2023-phong-chong-mai-dam.yaml → cam-ngoc-2024-phong-chong-mai-dam.yaml: the old year
     * in the file name (as a number of its own) becomes the new one; a name without it gets "-2024"
     * before its extension.
     */
    public static String of(String name, int fromYear, int toYear) {
        Matcher year = Pattern.compile("(?<![0-9])" + fromYear + "(?![0-9])").matcher(name);
        if (year.find()) {
            return year.replaceAll(Integer.toString(toYear));
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : ".yaml";
        return stem + "-" + toYear + extension;
    }
}
