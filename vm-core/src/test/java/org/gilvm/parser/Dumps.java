package org.gilvm.parser;

import org.gilvm.ast.Mod;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Parse-and-dump helpers for the parser tests (see {@link AstDump} for the format). */
final class Dumps {
    private Dumps() {}

    static String expr(String src) {
        return AstDump.dump(Parser.parseExpression(src, "t.py"));
    }

    static String exprLocs(String src) {
        return AstDump.dumpWithLocations(Parser.parseExpression(src, "t.py"));
    }

    static String stmt(String src) {
        Mod m = Parser.parse(src, "t.py");
        assertEquals(1, m.body().size(), "one statement expected in: " + src);
        return AstDump.dump(m.body().getFirst());
    }

    static String stmtLocs(String src) {
        Mod m = Parser.parse(src, "t.py");
        assertEquals(1, m.body().size(), "one statement expected in: " + src);
        return AstDump.dumpWithLocations(m.body().getFirst());
    }

    static String module(String src) {
        return AstDump.dump(Parser.parse(src, "t.py"));
    }
}
