package org.gilvm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lines tracebacks show, as CPython's traceback printer reads them. */
class SourceCacheTest {
    @TempDir
    Path dir;

    @Test
    void registeredSourceIsSplitAtEveryKindOfLineEnd() {
        SourceCache cache = new SourceCache();
        cache.put("main.py", "a = 1\r\nb = 2\rc = 3\n  d = 4  ");
        assertEquals("a = 1", cache.line("main.py", 1));
        assertEquals("b = 2", cache.line("main.py", 2));
        assertEquals("c = 3", cache.line("main.py", 3));
        assertEquals("  d = 4  ", cache.line("main.py", 4), "trailing blanks are kept, as CPython's C printer does");
        assertNull(cache.line("main.py", 5));
        assertNull(cache.line("main.py", 0));
    }

    @Test
    void otherFilesAreReadFromDiskInTheirDeclaredEncoding() throws IOException {
        Path utf8 = dir.resolve("m.py");
        Files.writeString(utf8, "x = 'é'\ny = 2\n", StandardCharsets.UTF_8);
        Path latin1 = dir.resolve("l.py");
        Files.write(latin1, "# -*- coding: latin-1 -*-\ns = 'é'\n".getBytes(StandardCharsets.ISO_8859_1));
        SourceCache cache = new SourceCache();
        assertEquals("x = 'é'", cache.line(utf8.toString(), 1));
        assertEquals("s = 'é'", cache.line(latin1.toString(), 2));
    }

    @Test
    void pseudoFilesMissingFilesAndUndecodableFilesHaveNoLines() throws IOException {
        Path bad = dir.resolve("bad.py");
        Files.write(bad, new byte[] {'x', ' ', '=', ' ', (byte) 0xff, '\n'});
        SourceCache cache = new SourceCache();
        cache.put("<string>", "x = 1\n");
        assertNull(cache.line("<string>", 1));
        assertNull(cache.line(dir.resolve("missing.py").toString(), 1));
        assertNull(cache.line(bad.toString(), 1));
    }
}
