package org.gilvm.golden;

/**
 * Traceback frames in library modules, compared without their location. CPython's frames
 * there name its own Lib/ files ({@code scripts/regen-golden.sh} writes their directory as
 * {@code <stdlib>}); gilvm's bundled modules ({@code threading}, {@code queue}) are its own
 * files, named {@code <gilvm>/NAME.py}, whose lines are elsewhere. Both become
 * {@code File "<lib>/NAME.py", line ?, in FUNCTION}: the function and the source line shown
 * below it must still match.
 */
public final class LibraryFrames {
    private LibraryFrames() {}

    private static final String[] PREFIXES = {"  File \"<stdlib>/", "  File \"<gilvm>/"};

    /** {@code text} with the location of every library frame line replaced. */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            out.append(normaliseLine(text.substring(start, end)));
            start = end;
        }
        return out.toString();
    }

    private static String normaliseLine(String line) {
        for (String prefix : PREFIXES) {
            if (!line.startsWith(prefix)) {
                continue;
            }
            int nameEnd = line.indexOf("\", line ", prefix.length());
            int lineEnd = nameEnd < 0 ? -1 : line.indexOf(',', nameEnd + 8);
            if (lineEnd < 0) {
                return line;
            }
            return "  File \"<lib>/" + line.substring(prefix.length(), nameEnd) + "\", line ?" + line.substring(lineEnd);
        }
        return line;
    }
}
