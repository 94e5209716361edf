package org.gilvm.interp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Source lines for tracebacks, the interpreter's {@code linecache}: the text of the main
 * script is registered when it is compiled, other files are read from disk the first time a
 * traceback needs one of their lines.
 *
 * <h2>What CPython does</h2>
 * CPython's C traceback printer ({@code display_source_line} in Python/traceback.c) re-opens
 * the file for every frame it prints, decodes it with the encoding its coding cookie names
 * (UTF-8 by default), translates {@code \r\n} and {@code \r} to {@code \n} and reads up to the
 * wanted line. Names of the form {@code <...>} ({@code <string>}, {@code <stdin>}) are never
 * opened. A file that cannot be read or decoded shows no line. Keeping the text here instead
 * means a script that rewrites itself still shows the lines that ran.
 *
 * <h2>Concurrency</h2>
 * Any thread may print a traceback, so the map is concurrent; a file read twice by racing
 * threads yields equal entries.
 */
public final class SourceCache {
    private static final String[] NO_LINES = new String[0];

    /** filename → the text, until a line is asked for; then its lines. */
    private final ConcurrentHashMap<String, Object> entries = new ConcurrentHashMap<>();

    /** Registers the text of a file compiled from memory (the main script). */
    public void put(String filename, String source) {
        entries.put(filename, source);
    }

    /**
     * Line {@code lineno} (1-based) of {@code filename} without its line end, or null when the
     * file has no such line or cannot be read.
     */
    public String line(String filename, int lineno) {
        if (lineno < 1 || isPseudoFile(filename)) {
            return null;
        }
        String[] lines = lines(filename);
        return lineno <= lines.length ? lines[lineno - 1] : null;
    }

    /**
     * The whole text of {@code filename} (its lines joined with {@code \n} once they have been
     * split), as registered or read from disk; null when it cannot be had. A multiprocessing
     * child runs the parent's main script from here, as it ran, even if the file has changed.
     */
    public String text(String filename) {
        if (isPseudoFile(filename)) {
            return null;
        }
        Object e = entries.get(filename);
        if (e instanceof String text) {
            return text;
        }
        String[] lines = e instanceof String[] l ? l : lines(filename);
        return lines.length == 0 && readFile(filename) == null ? null : String.join("\n", lines) + "\n";
    }

    /** CPython never opens {@code <string>}, {@code <stdin>} and the like. */
    static boolean isPseudoFile(String filename) {
        return filename.isEmpty()
                || filename.charAt(0) == '<' && filename.charAt(filename.length() - 1) == '>';
    }

    private String[] lines(String filename) {
        Object e = entries.get(filename);
        if (e instanceof String[] lines) {
            return lines;
        }
        String[] lines = splitLines(e instanceof String text ? text : readFile(filename));
        entries.put(filename, lines);
        return lines;
    }

    /** Splits at {@code \n}, {@code \r\n} and {@code \r}, as universal-newline reading does. */
    static String[] splitLines(String text) {
        if (text == null) {
            return NO_LINES;
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(text.substring(start));
        }
        return out.toArray(NO_LINES);
    }

    /** The decoded file, or null if it cannot be read or is not valid in its encoding. */
    private static String readFile(String filename) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(filename));
        } catch (IOException | InvalidPathException | SecurityException e) {
            return null;
        }
        try {
            return encodingOf(bytes).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The charset named by a PEP 263 coding cookie on line 1 or 2 (a comment matching
     * {@code coding[:=]\s*([-\w.]+)}), else UTF-8. Line 2 counts only if line 1 is blank or a
     * comment, as in CPython's tokenizer.
     */
    static Charset encodingOf(byte[] bytes) {
        int lineStart = 0;
        for (int line = 0; line < 2 && lineStart < bytes.length; line++) {
            int end = lineStart;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            String text = new String(bytes, lineStart, end - lineStart, StandardCharsets.ISO_8859_1);
            String trimmed = text.stripLeading();
            if (!trimmed.isEmpty() && trimmed.charAt(0) != '#') {
                break;
            }
            Charset cs = cookieCharset(trimmed);
            if (cs != null) {
                return cs;
            }
            lineStart = end < bytes.length && bytes[end] == '\r' && end + 1 < bytes.length
                    && bytes[end + 1] == '\n' ? end + 2 : end + 1;
        }
        return StandardCharsets.UTF_8;
    }

    private static Charset cookieCharset(String comment) {
        int at = comment.indexOf("coding");
        if (at < 0 || at + 6 >= comment.length()) {
            return null;
        }
        char sep = comment.charAt(at + 6);
        if (sep != ':' && sep != '=') {
            return null;
        }
        int i = at + 7;
        while (i < comment.length() && (comment.charAt(i) == ' ' || comment.charAt(i) == '\t')) {
            i++;
        }
        int start = i;
        while (i < comment.length()) {
            char c = comment.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
                break;
            }
            i++;
        }
        if (i == start) {
            return null;
        }
        try {
            return Charset.forName(normalName(comment.substring(start, i)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Compare CPython's tokenizer get_normal_name: the spellings of UTF-8 and Latin-1. */
    private static String normalName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-")) {
            return "UTF-8";
        }
        for (String latin1 : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (n.equals(latin1) || n.startsWith(latin1 + "-")) {
                return "ISO-8859-1";
            }
        }
        return name;
    }
}
