package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.RETURN_VALUE;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gilvm.ast.Loc;
import org.gilvm.objects.PyObject;

/**
 * The code object being compiled, CPython 3.11's {@code compiler_unit}: its blocks, the
 * current block and source position (which every instruction added takes), its frame-block
 * stack, and the tables its instructions index (constants, names, locals, cells, frees).
 */
final class Unit {
    /** CPython's COMPILER_SCOPE_*. */
    enum ScopeType { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    static final int MAX_FBLOCKS = 20;

    final Scope ste;
    final String name;
    final ScopeType scopeType;
    String qualname;
    /** The class name used for private-name mangling, or null (u_private). */
    String privateName;

    final List<PyObject> consts = new ArrayList<>();
    final Map<Object, Integer> constIndex = new HashMap<>();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    /** Cell variables, sorted by name: CPython's dictbytype(CELL). */
    final Map<String, Integer> cellvars = new LinkedHashMap<>();
    /** Free variables, sorted, numbered after the cells. */
    final Map<String, Integer> freevars = new LinkedHashMap<>();

    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    final int firstLineno;

    /** The most recently allocated block; {@link Block#list} chains back from it. */
    Block blocks;
    Block curblock;
    /** An instruction ended the current block: the next one starts a new block. */
    boolean needNewImplicitBlock;
    final Deque<FBlock> fblocks = new ArrayDeque<>();

    // The current source position (u_lineno and friends); -1 marks artificial code.
    int lineno;
    int endLineno;
    int colOffset;
    int endColOffset;

    Unit(Scope ste, String name, ScopeType scopeType, int firstLineno) {
        this.ste = ste;
        this.name = name;
        this.scopeType = scopeType;
        this.firstLineno = firstLineno;
        for (String v : ste.varnames) {
            varnames.putIfAbsent(v, varnames.size());
        }
        List<String> sorted = new ArrayList<>(ste.symbols.keySet());
        sorted.sort(null);
        for (String n : sorted) {
            if (ste.scope(n) == Scope.CELL) {
                cellvars.put(n, cellvars.size());
            }
        }
        if (ste.needsClassClosure) {
            cellvars.put("__class__", cellvars.size());
        }
        for (String n : sorted) {
            if (ste.scope(n) == Scope.FREE || (ste.flags(n) & Scope.DEF_FREE_CLASS) != 0) {
                freevars.put(n, cellvars.size() + freevars.size());
            }
        }
        this.lineno = firstLineno;
        this.endLineno = firstLineno;
        this.colOffset = 0;
        this.endColOffset = 0;
        this.curblock = newBlock();
    }

    boolean isFunctionBlock() {
        return ste.kind == Scope.Kind.FUNCTION;
    }

    // ---- source positions -----------------------------------------------------------

    /** CPython's SET_LOC. */
    void setLoc(Loc loc) {
        lineno = loc.line();
        colOffset = loc.col();
        endLineno = loc.endLine();
        endColOffset = loc.endCol();
    }

    /** CPython's UNSET_LOC: what follows is artificial and inherits a line later. */
    void unsetLoc() {
        lineno = -1;
        colOffset = -1;
        endLineno = -1;
        endColOffset = -1;
    }

    /** A saved source position, to restore after a sub-expression (compiler_visit_expr). */
    record SavedLoc(int lineno, int endLineno, int colOffset, int endColOffset) {}

    SavedLoc saveLoc() {
        return new SavedLoc(lineno, endLineno, colOffset, endColOffset);
    }

    void restoreLoc(SavedLoc s) {
        lineno = s.lineno;
        endLineno = s.endLineno;
        colOffset = s.colOffset;
        endColOffset = s.endColOffset;
    }

    // ---- blocks and instructions ------------------------------------------------------

    Block newBlock() {
        Block b = new Block(blocks);
        blocks = b;
        return b;
    }

    /** CPython's compiler_use_next_block: {@code b} follows the current block in layout. */
    void useNextBlock(Block b) {
        curblock.next = b;
        curblock = b;
        needNewImplicitBlock = false;
    }

    private Instr append(int op, int arg, Block target, int line, int endLine, int col, int endCol) {
        if (needNewImplicitBlock) {
            useNextBlock(newBlock());
        }
        Instr i = new Instr(op, arg, target, line, endLine, col, endCol);
        curblock.instrs.add(i);
        if (op == RETURN_VALUE) {
            curblock.hasReturn = true;
        }
        if (StackEffect.endsBlock(op)) {
            needNewImplicitBlock = true;
        }
        return i;
    }

    void addop(int op) {
        append(op, 0, null, lineno, endLineno, colOffset, endColOffset);
    }

    void addopNoLine(int op) {
        append(op, 0, null, -1, 0, 0, 0);
    }

    void addopI(int op, int arg) {
        append(op, arg, null, lineno, endLineno, colOffset, endColOffset);
    }

    void addopINoLine(int op, int arg) {
        append(op, arg, null, -1, 0, 0, 0);
    }

    void addopJ(int op, Block target) {
        append(op, 0, target, lineno, endLineno, colOffset, endColOffset);
    }

    void addopJNoLine(int op, Block target) {
        append(op, 0, target, -1, 0, 0, 0);
    }

    // ---- tables -----------------------------------------------------------------------

    /** CPython's compiler_add_const: the index of a constant, deduplicated by its key. */
    int addConst(Object key, PyObject value) {
        Integer i = constIndex.get(key);
        if (i == null) {
            i = consts.size();
            consts.add(value);
            constIndex.put(key, i);
        }
        return i;
    }

    /** CPython's compiler_add_o on a name table. */
    static int addName(Map<String, Integer> table, String name) {
        Integer i = table.get(name);
        if (i == null) {
            i = table.size();
            table.put(name, i);
        }
        return i;
    }
}
