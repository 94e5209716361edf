package org.gilvm.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gilvm.ast.Node;

/**
 * One block of the symbol table, CPython's {@code PySTEntryObject}: a module, class or
 * function (lambdas and comprehensions are functions), with the DEF_* flags of each name it
 * mentions and, after analysis, the scope each name resolves to.
 */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    /** What kind of comprehension a function block is (CPython's _Py_comprehension_ty). */
    enum Comprehension { NONE, LIST, SET, DICT, GENERATOR }

    // Flags of a name in a block (Include/internal/pycore_symtable.h).
    static final int DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16,
            DEF_FREE = 32, DEF_FREE_CLASS = 64, DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    // Scopes, stored in the flags at SCOPE_OFFSET.
    static final int LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5;
    static final int SCOPE_OFFSET = 11, SCOPE_MASK = 0xF;

    final Kind kind;
    final String name;
    final Node node;
    final List<Scope> children = new ArrayList<>();
    /** Every name mentioned here with its flags, in first-mention order (ste_symbols). */
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    /** Where each name was first declared global or nonlocal, for errors (ste_directives). */
    final Map<String, org.gilvm.ast.Loc> directives = new LinkedHashMap<>();
    /** The parameters, in order (ste_varnames). */
    final List<String> varnames = new ArrayList<>();
    /** Nested inside a function (ste_nested). */
    final boolean nested;
    Comprehension comprehension = Comprehension.NONE;
    boolean generator;
    boolean coroutine;
    boolean varargs;
    boolean varkeywords;
    /** A method uses super() or __class__: the class body needs a __class__ cell. */
    boolean needsClassClosure;
    /** Has free variables (ste_free) / a child has (ste_child_free). */
    boolean free;
    boolean childFree;
    boolean returnsValue;
    /** Visiting a comprehension's target (ste_comp_iter_target) / iterable (ste_comp_iter_expr). */
    boolean compIterTarget;
    int compIterExpr;

    Scope(Kind kind, String name, Node node, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.nested = parent != null && (parent.nested || parent.kind == Kind.FUNCTION);
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /** The flags of {@code name}, 0 if it is not mentioned (_PyST_GetSymbol). */
    int flags(String name) {
        Integer f = symbols.get(name);
        return f == null ? 0 : f;
    }

    /** The scope of {@code name}, 0 if it is not mentioned (_PyST_GetScope). */
    int scope(String name) {
        return (flags(name) >> SCOPE_OFFSET) & SCOPE_MASK;
    }
}
