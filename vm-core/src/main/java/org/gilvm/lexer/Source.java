package org.gilvm.lexer;

import java.util.Arrays;

/**
 * Program text as code points, with newlines normalized the way CPython's string tokenizer
 * does: {@code \r\n} and {@code \r} become {@code \n}, a leading BOM is dropped and (for
 * file input) a final newline is added when missing. Columns everywhere count code points of
 * this text.
 */
public final class Source {
    private final String filename;
    private final int[] cps;
    private final int length;
    /** lineStarts[i] is the index of the first code point of line i + 1. */
    private final int[] lineStarts;
    private final int lineCount;

    private Source(String filename, int[] cps, int length, int[] lineStarts, int lineCount) {
        this.filename = filename;
        this.cps = cps;
        this.length = length;
        this.lineStarts = lineStarts;
        this.lineCount = lineCount;
    }

    /** Normalizes file input (see the class comment). */
    public static Source of(String text, String filename) {
        return of(text, filename, true);
    }

    /**
     * Normalizes {@code text}; {@code fileInput} adds the missing final newline, which CPython
     * does for exec input but not for eval input.
     */
    public static Source of(String text, String filename, boolean fileInput) {
        int n = text.length();
        int[] cps = new int[n + 1];
        int len = 0;
        int i = 0;
        if (n > 0 && text.charAt(0) == '\uFEFF') i = 1;
        while (i < n) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r') {
                if (i < n && text.charAt(i) == '\n') i++;
                c = '\n';
            }
            cps[len++] = c;
        }
        if (fileInput && len > 0 && cps[len - 1] != '\n') cps[len++] = '\n';
        boolean partialLast = len > 0 && cps[len - 1] != '\n';
        int lines = partialLast ? 1 : 0;
        for (int k = 0; k < len; k++) if (cps[k] == '\n') lines++;
        // starts[i] is where line i + 1 begins; starts[lines] is the end of the text.
        int[] starts = new int[lines + 2];
        int line = 0;
        for (int k = 0; k < len; k++) {
            if (cps[k] == '\n') starts[++line] = k + 1;
        }
        starts[lines] = len;
        starts[lines + 1] = len;
        return new Source(filename, cps, len, starts, lines);
    }

    public String filename() { return filename; }

    /** Number of code points. */
    public int length() { return length; }

    /** The code point at {@code i}, or -1 past the end. */
    public int at(int i) { return i < length ? cps[i] : -1; }

    /** Number of lines (for file input every line ends with a newline). */
    public int lineCount() { return lineCount; }

    /** Index of the first code point of {@code line} (1-based); past the end for lineCount+1. */
    public int lineStart(int line) {
        if (line < 1) return 0;
        if (line > lineCount + 1) return length;
        return lineStarts[line - 1];
    }

    /** The 1-based line holding code point {@code index}. */
    public int lineOf(int index) {
        int k = Arrays.binarySearch(lineStarts, 0, lineCount + 1, index);
        if (k >= 0) {
            while (k < lineCount && lineStarts[k + 1] == index) k++;
            return k + 1;
        }
        return -k - 1;
    }

    /** The text of {@code line} without its newline ("" if there is no such line). */
    public String lineText(int line) {
        if (line < 1 || line > lineCount) return "";
        int s = lineStarts[line - 1];
        int e = lineStarts[line];
        if (e > s && cps[e - 1] == '\n') e--;
        return new String(cps, s, e - s);
    }

    /** The text of {@code line} with its newline, if it has one. */
    public String lineWithNewline(int line) {
        if (line < 1 || line > lineCount) return "";
        int s = lineStarts[line - 1];
        return new String(cps, s, lineStarts[line] - s);
    }

    /** Code points {@code [start, end)} as a String. */
    public String text(int start, int end) {
        return new String(cps, start, end - start);
    }
}
