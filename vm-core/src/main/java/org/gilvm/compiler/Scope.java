package org.gilvm.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gilvm.ast.Node;

/**
 * One block of the symbol table, CPython's {@code PySTEntryObject}: a module, class, function,
 * lambda or comprehension, with how each name in it is bound.
 */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    /** How a name is resolved in this scope (CPython's symtable scopes). */
    enum Binding { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

    final Kind kind;
    final String name;
    final Node node;
    final Scope parent;
    final List<Scope> children = new ArrayList<>();
    /** Names assigned in this scope (incl. parameters, imports, defs). */
    final Set<String> assigned = new LinkedHashSet<>();
    /** Names read in this scope. */
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    final List<String> params = new ArrayList<>();
    final Map<String, Binding> bindings = new LinkedHashMap<>();
    /** Free variables of inner scopes that pass through this one to an enclosing function. */
    final Set<String> freeThroughClass = new LinkedHashSet<>();
    boolean generator;
    /** A class body method uses super() or __class__: the class needs a __class__ cell. */
    boolean needsClassCell;
    boolean isComprehension;
    boolean isLambda;

    Scope(Kind kind, String name, Node node, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    Binding binding(String name) {
        Binding b = bindings.get(name);
        if (b != null) {
            return b;
        }
        return Binding.GLOBAL_IMPLICIT;
    }

    boolean isFunctionLike() {
        return kind == Kind.FUNCTION;
    }
}
