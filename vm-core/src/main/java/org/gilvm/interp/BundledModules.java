package org.gilvm.interp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyStr;

/**
 * The pure-Python standard modules gilvm ships in its jar ({@code threading}, {@code queue},
 * {@code multiprocessing}, {@code concurrent.futures}, ...): resources under
 * {@code org/gilvm/lib/}, {@code NAME.py} for a module and {@code NAME/__init__.py} for a
 * package, whose submodules are {@code NAME/SUB.py} (or packages in turn). The import system
 * looks here last, after {@code sys.path}, so a user's own {@code queue.py} beside the script
 * shadows ours, as the script's directory shadows CPython's Lib/; a bundled package's
 * submodules come from the jar. Their code objects name the file {@code <gilvm>/NAME.py}
 * ({@code <gilvm>/NAME/__init__.py}; a package's {@code __path__} is {@code ['<gilvm>/NAME']}),
 * and the text goes into the interpreter's {@link SourceCache} so tracebacks through them
 * show their lines. Nothing is cached here: each interpreter reads and compiles what it
 * imports.
 */
final class BundledModules {
    private BundledModules() {}

    private static final String RESOURCE_DIR = "/org/gilvm/lib/";
    private static final String PREFIX = "<gilvm>/";

    /**
     * A bundled module's text and where it claims to live.
     *
     * @param packageDir its {@code __path__} entry when it is a package, else null
     */
    record Found(String source, String filename, Path packageDir) {}

    /**
     * Bundled module {@code name} (dotted for a submodule): {@code NAME.py}, else the package
     * {@code NAME/__init__.py}; null if gilvm has neither.
     */
    static Found find(String name) throws IOException {
        if (!isPlainName(name)) {
            return null;
        }
        String path = name.replace('.', '/');
        String source = read(path + ".py");
        if (source != null) {
            return new Found(source, PREFIX + path + ".py", null);
        }
        source = read(path + "/__init__.py");
        return source == null ? null : new Found(source, PREFIX + path + "/__init__.py", Path.of(PREFIX + path));
    }

    /** Whether {@code m} came from the jar (then its submodules do too). */
    static boolean isBundled(PyModule m) {
        return m.dict().getStr("__file__") instanceof PyStr f && f.value().startsWith(PREFIX);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = BundledModules.class.getResourceAsStream(RESOURCE_DIR + resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Dotted identifiers only: keeps names such as {@code ../x} from reaching the class loader. */
    private static boolean isPlainName(String name) {
        if (name.isEmpty() || name.charAt(0) == '.' || name.charAt(name.length() - 1) == '.') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean dot = c == '.';
            if (dot && name.charAt(i - 1) == '.') {
                return false;
            }
            if (!(dot || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
