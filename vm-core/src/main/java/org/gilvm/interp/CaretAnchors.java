package org.gilvm.interp;

import java.util.List;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Mod;
import org.gilvm.ast.Stmt;
import org.gilvm.parser.ParseError;
import org.gilvm.parser.Parser;

/**
 * Where the {@code ^} of a traceback's caret line goes inside the failing expression: under
 * the operator of a binary operation ({@code ~~~^~~~}) or the brackets of a subscript
 * ({@code ~~~^^^}).
 *
 * <h2>What CPython does</h2>
 * Compare CPython 3.11 Python/traceback.c, extract_anchors_from_line: the source segment the
 * failing instruction covers is parsed on its own as a module; if it is a single expression
 * statement that is a BinOp or a Subscript, the anchors are found by scanning the segment
 * between the operands. CPython works on UTF-8 bytes and converts back to characters; our
 * columns count code points, which gives the same positions because everything scanned for
 * is ASCII. (CPython also constant-folds the segment's AST first; folding keeps a node's
 * position and only replaces operations that cannot fail, so it does not change the anchors
 * of a failing one, and it is left out.)
 *
 * @param left      the anchored range starts after this column (of the whole line)
 * @param right     and ends at this column, inclusive
 * @param primary   the character drawn outside the anchored range
 * @param secondary the character drawn inside it
 */
record CaretAnchors(int left, int right, char primary, char secondary) {

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /**
     * The anchors for the code points {@code [start, end)} of {@code line}, or null when the
     * segment is not one binary operation or subscript (or does not parse).
     */
    static CaretAnchors find(String filename, int[] line, int start, int end) {
        int s = Math.min(start, line.length);
        int e = Math.max(s, Math.min(end, line.length));
        int[] segment = java.util.Arrays.copyOfRange(line, s, e);
        List<Stmt> body;
        try {
            Mod mod = Parser.parse(new String(segment, 0, segment.length), filename);
            body = mod.body();
        } catch (ParseError err) {
            return null;
        }
        if (body.size() != 1 || !(body.get(0) instanceof Stmt.ExprStmt stmt)) {
            return null;
        }
        int[] anchors = switch (stmt.value()) {
            case Expr.BinOp b -> binOp(segment, b);
            case Expr.Subscript sub -> subscript(segment, sub);
            default -> null;
        };
        if (anchors == null) {
            return null;
        }
        return new CaretAnchors(Math.min(anchors[0], segment.length + 1) + s,
                Math.min(anchors[1], segment.length + 1) + s, '~', '^');
    }

    /** The operator: the first non-blank between the operands that is not a closing paren. */
    private static int[] binOp(int[] seg, Expr.BinOp b) {
        int from = b.left().loc().endCol();
        int to = b.right().loc().col();
        for (int i = from; i < to && i < seg.length; i++) {
            if (isWhitespace(seg[i])) {
                continue;
            }
            int left = i;
            int right = i + 1;
            // A two-character operator such as // or **.
            if (i + 1 < to && i + 1 < seg.length && !isWhitespace(seg[i + 1])) {
                right++;
            }
            // A parenthesised left operand ends before its ')': keep looking for the operator.
            if (i + 1 < to && seg[i] == ')') {
                continue;
            }
            return new int[] {left, right};
        }
        return null;
    }

    /** The brackets: from the '[' after the value through the ']' after the slice. */
    private static int[] subscript(int[] seg, Expr.Subscript sub) {
        int left = sub.value().loc().endCol();
        int right = sub.slice().loc().endCol() + 1;
        int n = seg.length;
        while (left < n && seg[left] != '[') {
            left++;
        }
        while (right < n && seg[right] != ']') {
            right++;
        }
        if (right < n) {
            right++;
        }
        return new int[] {left, right};
    }
}
