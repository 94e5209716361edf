package org.gilvm.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gilvm.objects.PyCode;

/** The code object being compiled: CPython's {@code compiler_unit}. */
final class Unit {
    final Scope scope;
    final String name;
    final String qualname;
    final CodeBuilder b = new CodeBuilder();
    /** Index of each fast local, cell and free variable in the frame's locals-plus array. */
    final Map<String, Integer> localsPlus = new LinkedHashMap<>();
    final List<Byte> kinds = new ArrayList<>();
    final Deque<FBlock> fblocks = new ArrayDeque<>();
    final int firstLine;

    Unit(Scope scope, String name, String qualname, int firstLine) {
        this.scope = scope;
        this.name = name;
        this.qualname = qualname;
        this.firstLine = firstLine;
    }

    /** Lays out locals-plus as CPython 3.11: locals (arguments first), then cells, then frees. */
    void layout(List<String> params) {
        for (String p : params) {
            add(p, scope.bindings.get(p) == Scope.Binding.CELL
                    ? (byte) (PyCode.KIND_LOCAL | PyCode.KIND_CELL) : PyCode.KIND_LOCAL);
        }
        if (scope.kind == Scope.Kind.FUNCTION) {
            for (var e : scope.bindings.entrySet()) {
                if (e.getValue() == Scope.Binding.LOCAL && !localsPlus.containsKey(e.getKey())) {
                    add(e.getKey(), PyCode.KIND_LOCAL);
                }
            }
        }
        for (var e : scope.bindings.entrySet()) {
            if (e.getValue() == Scope.Binding.CELL && !localsPlus.containsKey(e.getKey())) {
                add(e.getKey(), PyCode.KIND_CELL);
            }
        }
        if (scope.needsClassCell) {
            add("__class__", PyCode.KIND_CELL);
        }
        for (var e : scope.bindings.entrySet()) {
            if (e.getValue() == Scope.Binding.FREE && !localsPlus.containsKey(e.getKey())) {
                add(e.getKey(), PyCode.KIND_FREE);
            }
        }
        for (String n : scope.freeThroughClass) {
            if (!localsPlus.containsKey(n) && scope.kind == Scope.Kind.CLASS) {
                add(n, PyCode.KIND_FREE);
            }
        }
    }

    private void add(String name, byte kind) {
        localsPlus.put(name, localsPlus.size());
        kinds.add(kind);
    }

    byte[] kindArray() {
        byte[] k = new byte[kinds.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = kinds.get(i);
        }
        return k;
    }

    int cellCount() {
        int n = 0;
        for (byte k : kinds) {
            if ((k & PyCode.KIND_CELL) != 0) {
                n++;
            }
        }
        return n;
    }

    int freeCount() {
        int n = 0;
        for (byte k : kinds) {
            if ((k & PyCode.KIND_FREE) != 0) {
                n++;
            }
        }
        return n;
    }
}
