package org.gilvm.interp;

/**
 * How many terminal columns the start of a source line takes, for placing carets under it.
 *
 * <h2>What CPython does</h2>
 * Compare CPython 3.11 Parser/pegen.c, _PyPegen_calculate_display_width (bpo-43950, in
 * 3.11.7): a character whose {@code unicodedata.east_asian_width} is {@code W} or {@code F}
 * takes two columns, every other one (combining and zero-width ones included) one. CPython
 * 3.11's unicodedata is Unicode 14.0.0 and reports {@code F} for unassigned code points.
 * {@link #WIDE} holds the assigned wide ranges of Unicode 14.0.0, merged across unassigned
 * gaps; unassigned code points are recognised with {@link Character#getType}, whose newer
 * Unicode version differs only for characters assigned after 14.0.0. The table is
 * {@code [c for c in range(0x110000) if category(chr(c)) != 'Cn' and east_asian_width(chr(c)) in 'WF']}
 * as ranges, from python3.11.
 */
final class DisplayWidth {
    private DisplayWidth() {}

    /** First and last code point of each wide range, ascending. */
    private static final int[] WIDE = {
            0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3,
            0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1,
            0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA,
            0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B,
            0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
            0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55, 0x2E80, 0x303E,
            0x3041, 0x3247, 0x3250, 0x4DBF, 0x4E00, 0xA4C6, 0xA960, 0xA97C, 0xAC00, 0xD7A3, 0xF900, 0xFAD9,
            0xFE10, 0xFE19, 0xFE30, 0xFE6B, 0xFF01, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x1B2FB, 0x1F004, 0x1F004,
            0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F200, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C,
            0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E,
            0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567, 0x1F57A, 0x1F57A,
            0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2,
            0x1F6D5, 0x1F6DF, 0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945,
            0x1F947, 0x1F9FF, 0x1FA70, 0x1FAF6, 0x20000, 0x3134A,
    };

    /** The columns taken by {@code line[0 .. min(offset, length))}. */
    static int of(int[] line, int offset) {
        int n = Math.min(Math.max(offset, 0), line.length);
        int width = n;
        for (int i = 0; i < n; i++) {
            int c = line[i];
            if (c > 0x7F && isWide(c)) {
                width++;
            }
        }
        return width;
    }

    static boolean isWide(int c) {
        int lo = 0;
        int hi = WIDE.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < WIDE[2 * mid]) {
                hi = mid - 1;
            } else if (c > WIDE[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return Character.getType(c) == Character.UNASSIGNED;
    }
}
