package org.gilvm.interp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The pure-Python standard modules gilvm ships in its jar ({@code threading}, {@code queue}):
 * resources {@code org/gilvm/lib/NAME.py}. The import system looks here last, after
 * {@code sys.path}, so a user's own {@code queue.py} beside the script shadows ours, as the
 * script's directory shadows CPython's Lib/. Their code objects name the file
 * {@code <gilvm>/NAME.py}, and the text goes into the interpreter's {@link SourceCache} so
 * tracebacks through them show their lines. Nothing is cached here: each interpreter reads
 * and compiles what it imports.
 */
final class BundledModules {
    private BundledModules() {}

    private static final String RESOURCE_DIR = "/org/gilvm/lib/";

    /** The file name tracebacks show for bundled module {@code name}. */
    static String filename(String name) {
        return "<gilvm>/" + name + ".py";
    }

    /** The source of bundled top-level module {@code name}, or null if gilvm has none. */
    static String source(String name) throws IOException {
        if (!isPlainName(name)) {
            return null;
        }
        try (InputStream in = BundledModules.class.getResourceAsStream(RESOURCE_DIR + name + ".py")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Keeps names such as {@code ../x} from reaching the class loader. */
    private static boolean isPlainName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
