package org.gilvm.interp;

import java.nio.charset.StandardCharsets;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyTraceback;

/**
 * The "Traceback (most recent call last):" block: one entry per frame with its source line
 * and caret line, runs of identical entries (recursion) collapsed.
 *
 * <h2>What CPython does</h2>
 * Compare CPython 3.11 Python/traceback.c: tb_printinternal, tb_displayline,
 * display_source_line_with_margin and print_error_location_carets, which is what the default
 * excepthook runs (Lib/traceback.py differs in details, such as stripping trailing blanks).
 * The source line is printed with its indentation removed and its trailing blanks kept. The
 * caret line is left out when the instruction's position is unknown, or when it covers the
 * whole stripped line and there are no anchors. A position spanning several lines is marked
 * to the last non-blank of its first line, found by indexing the UTF-8 bytes of the line with
 * a count of characters as CPython does, which puts the end too far right on non-ASCII lines.
 * Carets are placed by display width ({@link DisplayWidth}), so they stay under wide
 * characters.
 */
final class StackPrinter {
    private StackPrinter() {}

    /** CPython's TB_RECURSIVE_CUTOFF: identical entries printed before collapsing. */
    private static final int RECURSIVE_CUTOFF = 3;
    private static final int SOURCE_INDENT = 4;

    /** Appends the header and the last {@code limit} entries of {@code tb}. */
    static void print(SourceCache sources, PyTraceback tb, long limit, StringBuilder out) {
        out.append("Traceback (most recent call last):\n");
        long depth = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            depth++;
        }
        while (tb != null && depth > limit) {
            depth--;
            tb = tb.next;
        }
        String lastFile = null;
        String lastName = null;
        int lastLine = -1;
        long count = 0;
        for (; tb != null; tb = tb.next) {
            PyCode code = tb.code;
            if (lastFile == null || !code.filename.equals(lastFile) || lastLine == -1
                    || tb.lineno != lastLine || lastName == null || !code.name.equals(lastName)) {
                if (count > RECURSIVE_CUTOFF) {
                    repeated(count, out);
                }
                lastFile = code.filename;
                lastLine = tb.lineno;
                lastName = code.name;
                count = 0;
            }
            count++;
            if (count <= RECURSIVE_CUTOFF) {
                entry(sources, tb, out);
            }
        }
        if (count > RECURSIVE_CUTOFF) {
            repeated(count, out);
        }
    }

    private static void repeated(long count, StringBuilder out) {
        long n = count - RECURSIVE_CUTOFF;
        out.append("  [Previous line repeated ").append(n).append(n > 1 ? " more times]\n" : " more time]\n");
    }

    /** Compare tb_displayline. */
    private static void entry(SourceCache sources, PyTraceback tb, StringBuilder out) {
        PyCode code = tb.code;
        out.append("  File \"").append(code.filename).append("\", line ").append(tb.lineno)
                .append(", in ").append(code.name).append('\n');
        String text = sources.line(code.filename, tb.lineno);
        if (text == null) {
            return;
        }
        int[] line = text.codePoints().toArray();
        int indent = 0;
        while (indent < line.length && isBlank(line[indent])) {
            indent++;
        }
        out.append("    ").append(text, text.offsetByCodePoints(0, indent), text.length()).append('\n');
        carets(code, tb.lasti, text, line, indent, out);
    }

    private static void carets(PyCode code, int lasti, String text, int[] line, int indent, StringBuilder out) {
        int[] loc = code.locations;
        if (lasti < 0 || 4 * lasti + 3 >= loc.length) {
            return;
        }
        int startLine = loc[4 * lasti], endLine = loc[4 * lasti + 1];
        int startCol = loc[4 * lasti + 2], endCol = loc[4 * lasti + 3];
        if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0) {
            return;
        }
        // CPython's byte-to-character conversion clips an offset to one past the line.
        int start = Math.min(startCol, line.length + 1);
        int end = Math.min(endCol, line.length + 1);
        CaretAnchors anchors = null;
        if (startLine == endLine) {
            anchors = CaretAnchors.find(code.filename, line, start, end);
        } else {
            end = multiLineEnd(text, line.length);
        }
        int strippedLength = line.length - indent;
        if (end - start == strippedLength && anchors == null) {
            return;
        }
        char primary = anchors == null ? '^' : anchors.primary();
        char secondary = anchors == null ? '^' : anchors.secondary();
        // From here on offsets are display columns: wide characters take two.
        int left = anchors == null ? -1 : DisplayWidth.of(line, anchors.left());
        int right = anchors == null ? -1 : DisplayWidth.of(line, anchors.right());
        int first = DisplayWidth.of(line, start);
        int last = DisplayWidth.of(line, end);
        // Compare print_error_location_carets: columns are 1-based; the indentation that was
        // stripped from the source line is taken back out of the padding.
        for (int offset = indent - SOURCE_INDENT + 1; offset <= last; offset++) {
            if (offset <= first) {
                out.append(' ');
            } else if (anchors != null && left < offset && offset <= right) {
                out.append(secondary);
            } else {
                out.append(primary);
            }
        }
        out.append('\n');
    }

    /**
     * One past the last non-blank of a line, as CPython computes it for a multi-line position:
     * it scans the line's UTF-8 bytes backwards starting at the character count.
     */
    private static int multiLineEnd(String text, int length) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int i = length;
        while (--i >= 0) {
            if (!isBlank(bytes[i])) {
                break;
            }
        }
        return i + 1;
    }

    private static boolean isBlank(int c) {
        return c == ' ' || c == '\t' || c == '\f';
    }
}
