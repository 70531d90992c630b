package vn.vanban.serve;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Opens the page in the clerk's default browser with the program each system has for it. The
 * launcher runs Java headless (no AWT), so java.awt.Desktop is not there to ask.
 */
public final class BrowserLauncher {

    private BrowserLauncher() {
    }

    /** Whether a browser was asked to open the address; false where there is no desktop to show it. */
    public static boolean open(URI address) {
        List<String> command = command(System.getProperty("os.name", ""), System.getenv(), address.toString());
        if (command.isEmpty()) {
            return false;
        }
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static List<String> command(String osName, Map<String, String> environment, String address) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", address);
        }
        if (os.startsWith("mac")) {
            return List.of("open", address);
        }
        boolean desktop = environment.containsKey("DISPLAY") || environment.containsKey("WAYLAND_DISPLAY");
        return desktop ? List.of("xdg-open", address) : List.of();
    }
}
