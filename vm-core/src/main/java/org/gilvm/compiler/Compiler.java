package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.*;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gilvm.ast.ConstantValue;
import org.gilvm.ast.Ctx;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Loc;
import org.gilvm.ast.Mod;
import org.gilvm.ast.Node;
import org.gilvm.ast.Stmt;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.InterpreterConfig;
import org.gilvm.spi.SingleThreadStrategy;
import org.gilvm.spi.StrategySettings;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyFrozenSet;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;

/**
 * AST to bytecode, CPython 3.11's {@code Python/compile.c}, ported closely so that code
 * objects match CPython's instruction for instruction ({@code scripts/compare-dis.sh} checks
 * this against {@code python3 -m dis}).
 *
 * <p>The pipeline: {@link AstOptimizer} folds constants; {@link SymbolTable} resolves names;
 * code generation ({@link StmtCompiler}, {@link ExprCompiler}, {@link CallCompiler},
 * {@link TryCompiler}, {@link UnwindCompiler}, {@link ComprehensionCompiler},
 * {@link DisplayCompiler}, {@link DefCompiler}) appends
 * instructions to basic blocks of the current {@link Unit}, each taking the unit's current
 * source position; {@link Assembler} then optimises the control-flow graph and lays out the
 * code object.
 */
public final class Compiler {
    SymbolTable st;
    final String filename;
    final AstOptimizer opt;
    Unit u;
    private final Deque<Unit> stack = new ArrayDeque<>();
    private ThreadState ts;
    private final Map<Object, PyObject> constCache = new HashMap<>();
    final ExprCompiler expr;
    final StmtCompiler stmt;
    final CallCompiler call;
    final TryCompiler tries;
    final ComprehensionCompiler comp;
    final DefCompiler defs;
    final DisplayCompiler displays;
    final UnwindCompiler unwind;

    private Compiler(String filename, ThreadState ts) {
        this.filename = filename;
        this.ts = ts;
        this.opt = new AstOptimizer(this::ts);
        this.expr = new ExprCompiler(this);
        this.stmt = new StmtCompiler(this);
        this.call = new CallCompiler(this);
        this.tries = new TryCompiler(this);
        this.comp = new ComprehensionCompiler(this);
        this.defs = new DefCompiler(this);
        this.displays = new DisplayCompiler(this);
        this.unwind = new UnwindCompiler(this);
    }

    /** Compiles a module; constants are folded with a private interpreter when needed. */
    public static PyCode compileModule(Mod mod, String filename) {
        return compileModule(mod, filename, null);
    }

    /** Compiles a module, folding constants in {@code ts}'s interpreter (null: a private one). */
    public static PyCode compileModule(Mod mod, String filename, ThreadState ts) {
        checkNoFutureAnnotations(mod.body());
        Compiler c = new Compiler(filename, ts);
        c.opt.body(mod.body());
        c.st = SymbolTable.build(mod, filename);
        c.enterScope("<module>", Unit.ScopeType.MODULE, mod, 1);
        c.u.lineno = 1;
        c.body(mod.body());
        PyCode code = c.assemble(true);
        c.exitScope();
        return code;
    }

    /** Compiles an expression for eval(): the code returns its value. */
    public static PyCode compileExpression(Expr e, String filename) {
        return compileExpression(e, filename, null);
    }

    /** Compiles an expression, folding constants in {@code ts}'s interpreter (null: a private one). */
    public static PyCode compileExpression(Expr e, String filename, ThreadState ts) {
        Mod key = new Mod(List.of(), e.loc());
        Compiler c = new Compiler(filename, ts);
        c.opt.expr(e);
        c.st = SymbolTable.buildExpression(e, key, filename);
        c.enterScope("<module>", Unit.ScopeType.MODULE, key, 1);
        c.u.lineno = 1;
        c.expr.visit(e);
        PyCode code = c.assemble(false);
        c.exitScope();
        return code;
    }

    /** The thread whose interpreter evaluates constant operations (created on first use). */
    ThreadState ts() {
        if (ts == null) {
            // Folding runs no threads: the single-thread strategy, not whatever is installed.
            ts = new ThreadState(new Interpreter(InterpreterConfig.standard(List.of(),
                    new SingleThreadStrategy(StrategySettings.defaults()))));
        }
        return ts;
    }

    /**
     * PEP 563 turns annotations into strings, which needs an unparser gilvm does not have: such
     * modules are refused rather than compiled with evaluated annotations.
     */
    private static void checkNoFutureAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
                for (var a : f.names()) {
                    if (a.name().equals("annotations")) {
                        throw new UnsupportedOperationException("from __future__ import annotations is not supported");
                    }
                }
            }
        }
    }

    /** The docstring of a body: a first statement that is a string literal (_PyAST_GetDocString). */
    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt es && es.value() instanceof Expr.Constant c
                && c.value() instanceof ConstantValue.StrValue s) {
            return s.value();
        }
        return null;
    }

    // ---- units -------------------------------------------------------------------

    /** CPython's compiler_enter_scope: a new unit whose first instruction is RESUME. */
    void enterScope(String name, Unit.ScopeType type, Node key, int lineno) {
        Unit nu = new Unit(st.scopeOf(key), name, type, lineno);
        if (u != null) {
            stack.push(u);
            nu.privateName = u.privateName;
        }
        u = nu;
        if (type == Unit.ScopeType.MODULE) {
            u.lineno = 0;
        } else {
            setQualname();
        }
        u.addopI(RESUME, 0);
        if (type == Unit.ScopeType.MODULE) {
            u.lineno = -1;
        }
    }

    void exitScope() {
        u = stack.isEmpty() ? null : stack.pop();
    }

    private void setQualname() {
        String base = null;
        if (stack.size() > 1) {
            Unit parent = stack.peek();
            boolean forceGlobal = false;
            if (u.scopeType == Unit.ScopeType.FUNCTION || u.scopeType == Unit.ScopeType.ASYNC_FUNCTION
                    || u.scopeType == Unit.ScopeType.CLASS) {
                String mangled = Mangler.mangle(parent.privateName, u.name);
                forceGlobal = parent.ste.scope(mangled) == Scope.GLOBAL_EXPLICIT;
            }
            if (!forceGlobal) {
                if (parent.scopeType == Unit.ScopeType.FUNCTION || parent.scopeType == Unit.ScopeType.ASYNC_FUNCTION
                        || parent.scopeType == Unit.ScopeType.LAMBDA) {
                    base = parent.qualname + ".<locals>";
                } else {
                    base = parent.qualname;
                }
            }
        }
        u.qualname = base != null ? base + "." + u.name : u.name;
    }

    /** CPython's assemble(): appends the implicit return, then builds the code object. */
    PyCode assemble(boolean addNone) {
        if (!u.curblock.hasReturn) {
            u.unsetLoc();
            if (addNone) {
                loadConst(PyNone.None);
            }
            u.addop(RETURN_VALUE);
        }
        return new Assembler(u, filename, ts()).assemble();
    }

    // ---- frame blocks -------------------------------------------------------------

    void pushFblock(FBlock.Kind kind, Block b, Block exit, Object datum) {
        if (u.fblocks.size() >= Unit.MAX_FBLOCKS) {
            throw error("too many statically nested blocks");
        }
        u.fblocks.push(new FBlock(kind, b, exit, datum));
    }

    void popFblock() {
        u.fblocks.pop();
    }

    // ---- bodies -------------------------------------------------------------------

    /** CPython's compiler_body: annotations setup, docstring, statements. */
    void body(List<Stmt> stmts) {
        if (u.scopeType == Unit.ScopeType.MODULE && !stmts.isEmpty()) {
            u.setLoc(stmts.get(0).loc());
        }
        if (StmtCompiler.findAnn(stmts)) {
            u.addop(SETUP_ANNOTATIONS);
        }
        if (stmts.isEmpty()) {
            return;
        }
        int i = 0;
        if (docstring(stmts) != null) {
            i = 1;
            expr.visit(((Stmt.ExprStmt) stmts.get(0)).value());
            u.unsetLoc();
            nameop("__doc__", Ctx.STORE);
        }
        for (; i < stmts.size(); i++) {
            stmt.visit(stmts.get(i));
        }
    }

    // ---- constants and names ------------------------------------------------------

    /**
     * The index of a constant in the current unit. Equal constants share one object across the
     * whole compilation (CPython's c_const_cache); a frozenset is first rebuilt from its own
     * iteration order, as merge_consts_recursive does, which can reorder colliding items.
     */
    int constIndex(PyObject value) {
        Object key = Constants.key(ts(), value);
        PyObject canonical = constCache.get(key);
        if (canonical == null) {
            canonical = value;
            if (value instanceof PyFrozenSet f && f.size() > 0) {
                PyObject[] items = Constants.items(ts(), f).toArray(new PyObject[0]);
                canonical = PyFrozenSet.of(ts(), PyTuple.copyOf(ts(), items, 0, items.length));
            }
            constCache.put(key, canonical);
        }
        return u.addConst(key, canonical);
    }

    void loadConst(PyObject value) {
        u.addopI(LOAD_CONST, constIndex(value));
    }

    static PyTuple strTuple(List<String> names) {
        PyObject[] items = new PyObject[names.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.intern(names.get(i));
        }
        return PyTuple.of(items);
    }

    String mangle(String name) {
        return Mangler.mangle(u.privateName, name);
    }

    void addopName(int op, String name) {
        u.addopI(op, Unit.addName(u.names, mangle(name)));
    }

    private void forbiddenName(String name, Ctx ctx) {
        if (name.equals("__debug__")) {
            if (ctx == Ctx.STORE) {
                throw error("cannot assign to __debug__");
            }
            if (ctx == Ctx.DEL) {
                throw error("cannot delete __debug__");
            }
        }
    }

    /** CPython's compiler_nameop: FAST, DEREF, GLOBAL or NAME form by the name's scope. */
    void nameop(String name, Ctx ctx) {
        forbiddenName(name, ctx);
        String mangled = mangle(name);
        int scope = u.ste.scope(mangled);
        boolean function = u.isFunctionBlock();
        switch (scope) {
            case Scope.FREE, Scope.CELL -> {
                var table = scope == Scope.FREE ? u.freevars : u.cellvars;
                int op = switch (ctx) {
                    case LOAD -> u.ste.kind == Scope.Kind.CLASS ? LOAD_CLASSDEREF : LOAD_DEREF;
                    case STORE -> STORE_DEREF;
                    case DEL -> DELETE_DEREF;
                };
                u.addopI(op, Unit.addName(table, mangled));
                return;
            }
            case Scope.LOCAL -> {
                if (function) {
                    int op = ctx == Ctx.LOAD ? LOAD_FAST : ctx == Ctx.STORE ? STORE_FAST : DELETE_FAST;
                    u.addopI(op, Unit.addName(u.varnames, mangled));
                    return;
                }
            }
            case Scope.GLOBAL_IMPLICIT -> {
                if (function) {
                    globalOp(mangled, ctx);
                    return;
                }
            }
            case Scope.GLOBAL_EXPLICIT -> {
                globalOp(mangled, ctx);
                return;
            }
            default -> { }
        }
        int op = ctx == Ctx.LOAD ? LOAD_NAME : ctx == Ctx.STORE ? STORE_NAME : DELETE_NAME;
        u.addopI(op, Unit.addName(u.names, mangled));
    }

    private void globalOp(String mangled, Ctx ctx) {
        int arg = Unit.addName(u.names, mangled);
        switch (ctx) {
            case LOAD -> u.addopI(LOAD_GLOBAL, arg << 1);
            case STORE -> u.addopI(STORE_GLOBAL, arg);
            case DEL -> u.addopI(DELETE_GLOBAL, arg);
        }
    }

    // ---- errors --------------------------------------------------------------------

    /** A SyntaxError at the current source position (compiler_error). */
    CompileError error(String msg) {
        return new CompileError(msg, filename, new Loc(u.lineno, u.colOffset, u.endLineno, u.endColOffset));
    }

    CompileError error(String msg, Loc loc) {
        return new CompileError(msg, filename, loc);
    }
}
