package org.gilvm.compiler;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The second half of the symbol table, CPython 3.11's {@code analyze_block} and friends:
 * resolves every name of every block to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or
 * CELL, given the names bound in enclosing function blocks, and marks free variables of
 * methods that a class body must pass through (DEF_FREE_CLASS).
 */
final class SymbolAnalysis {
    private final SymbolTable st;

    SymbolAnalysis(SymbolTable st) {
        this.st = st;
    }

    void analyze(Scope top) {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Map<String, Integer> scopes = new HashMap<>();
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        // A class body's names are invisible to nested functions: their sets come first.
        if (ste.kind == Scope.Kind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (ste.kind != Scope.Kind.CLASS) {
            if (ste.kind == Scope.Kind.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new HashSet<>();
        for (Scope child : ste.children) {
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.free || child.childFree) {
                ste.childFree = true;
            }
        }
        newFree.addAll(allFree);
        if (ste.kind == Scope.Kind.FUNCTION) {
            analyzeCells(scopes, newFree);
        } else if (ste.kind == Scope.Kind.CLASS && newFree.remove("__class__")) {
            ste.needsClassClosure = true;
        }
        updateSymbols(ste, scopes, bound, newFree, ste.kind == Scope.Kind.CLASS);
        free.addAll(newFree);
    }

    private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
                             Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & Scope.DEF_GLOBAL) != 0) {
            if ((flags & Scope.DEF_NONLOCAL) != 0) {
                throw st.error("name '" + name + "' is nonlocal and global", directive(ste, name));
            }
            scopes.put(name, Scope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & Scope.DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw st.error("nonlocal declaration not allowed at module level", directive(ste, name));
            }
            if (!bound.contains(name)) {
                throw st.error("no binding for nonlocal '" + name + "' found", directive(ste, name));
            }
            scopes.put(name, Scope.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & Scope.DEF_BOUND) != 0) {
            scopes.put(name, Scope.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, Scope.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            scopes.put(name, Scope.GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.free = true;
        }
        scopes.put(name, Scope.GLOBAL_IMPLICIT);
    }

    /** Where the global or nonlocal statement for {@code name} is (error_at_directive). */
    private static org.gilvm.ast.Loc directive(Scope ste, String name) {
        org.gilvm.ast.Loc loc = ste.directives.get(name);
        return loc != null ? loc : ste.node.loc();
    }

    /** Locals that children use freely become cells. */
    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free) {
        for (Map.Entry<String, Integer> e : scopes.entrySet()) {
            if (e.getValue() == Scope.LOCAL && free.remove(e.getKey())) {
                e.setValue(Scope.CELL);
            }
        }
    }

    private static void updateSymbols(Scope ste, Map<String, Integer> scopes, Set<String> bound, Set<String> free,
                                      boolean classFlag) {
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            int scope = scopes.get(e.getKey());
            e.setValue(e.getValue() | (scope << Scope.SCOPE_OFFSET));
        }
        for (String name : free) {
            Integer v = ste.symbols.get(name);
            if (v != null) {
                // A method's free variable that is also bound in the class body itself.
                if (classFlag && (v & (Scope.DEF_BOUND | Scope.DEF_GLOBAL)) != 0) {
                    ste.symbols.put(name, v | Scope.DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            ste.symbols.put(name, Scope.FREE << Scope.SCOPE_OFFSET);
        }
    }
}
