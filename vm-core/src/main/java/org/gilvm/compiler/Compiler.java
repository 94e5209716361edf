package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.gilvm.ast.Arg;
import org.gilvm.ast.Arguments;
import org.gilvm.ast.ConstantValue;
import org.gilvm.ast.Ctx;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Loc;
import org.gilvm.ast.Mod;
import org.gilvm.ast.Node;
import org.gilvm.ast.Stmt;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;

/**
 * AST to bytecode, CPython 3.11's {@code Python/compile.c}: one {@link Unit} per code object,
 * statements here, expressions in {@link ExprCompiler}, constants in {@link Constants}.
 * The output follows CPython's instruction choices so {@code dis} listings agree.
 */
public final class Compiler {
    final SymbolTable st;
    final String filename;
    Unit u;
    private final Deque<Unit> stack = new ArrayDeque<>();
    final ExprCompiler expr;
    final StmtCompiler stmt;

    private Compiler(SymbolTable st, String filename) {
        this.st = st;
        this.filename = filename;
        this.expr = new ExprCompiler(this);
        this.stmt = new StmtCompiler(this);
    }

    /** Compiles a module to its code object. */
    public static PyCode compileModule(Mod mod, String filename) {
        SymbolTable st = SymbolTable.build(mod, filename);
        Compiler c = new Compiler(st, filename);
        c.enterUnit(st.scopeOf(mod), "<module>", "<module>", 1, List.of());
        c.emit(RESUME, 0, new Loc(0, 0, 0, 0));
        List<Stmt> body = mod.body();
        int start = 0;
        if (!body.isEmpty() && docstring(body) != null) {
            c.expr.visit(((Stmt.ExprStmt) body.get(0)).value());
            c.storeName("__doc__", body.get(0).loc());
            start = 1;
        }
        for (int i = start; i < body.size(); i++) {
            c.stmt.visit(body.get(i));
        }
        c.returnNone(body.isEmpty() ? Loc.NONE : c.stmt.lastLoc);
        return c.leaveUnit(0, 0, 0, 0);
    }

    /** Compiles an expression for eval(): the code returns its value. */
    public static PyCode compileExpression(Expr e, String filename) {
        Mod key = new Mod(List.of(), e.loc());
        SymbolTable st = SymbolTable.buildExpression(e, key, filename);
        Compiler c = new Compiler(st, filename);
        c.enterUnit(st.scopeOf(key), "<module>", "<module>", 1, List.of());
        c.emit(RESUME, 0, Loc.NONE);
        c.expr.visit(e);
        c.emit(RETURN_VALUE, 0, e.loc());
        return c.leaveUnit(0, 0, 0, 0);
    }

    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt es && es.value() instanceof Expr.Constant c
                && c.value() instanceof ConstantValue.StrValue s) {
            return s.value();
        }
        return null;
    }

    // ---- units -------------------------------------------------------------------

    void enterUnit(Scope scope, String name, String qualname, int firstLine, List<String> params) {
        if (u != null) {
            stack.push(u);
        }
        u = new Unit(scope, name, qualname, firstLine);
        u.layout(params);
    }

    PyCode leaveUnit(int argCount, int posOnly, int kwOnly, int extraFlags) {
        Scope s = u.scope;
        int flags = extraFlags;
        if (s.kind == Scope.Kind.FUNCTION) {
            flags |= PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
            if (s.parent != null && s.parent.kind != Scope.Kind.MODULE) {
                flags |= PyCode.CO_NESTED;
            }
        }
        if (s.generator) {
            flags |= PyCode.CO_GENERATOR;
        }
        if (u.freeCount() == 0 && u.cellCount() == 0) {
            flags |= PyCode.CO_NOFREE;
        }
        Assembler.Spec spec = new Assembler.Spec(u.name, u.qualname, filename, u.firstLine, argCount, posOnly,
                kwOnly, flags, u.localsPlus.keySet().toArray(new String[0]), u.kindArray());
        PyCode code = Assembler.assemble(u.b, spec);
        u = stack.isEmpty() ? null : stack.pop();
        return code;
    }

    /** The qualified name of a def or class inside the current unit, as CPython's compiler_set_qualname. */
    String qualnameFor(String name) {
        if (u.scope.kind == Scope.Kind.MODULE) {
            return name;
        }
        Scope s = u.scope;
        Scope.Binding b = s.bindings.get(name);
        if (s.kind == Scope.Kind.CLASS || b == Scope.Binding.GLOBAL_EXPLICIT) {
            return b == Scope.Binding.GLOBAL_EXPLICIT ? name : u.qualname + "." + name;
        }
        return u.qualname + ".<locals>." + name;
    }

    /** The prologue every code object starts with: cells, free variables, generator setup. */
    void prologue(Loc loc) {
        int nlocals = u.localsPlus.size();
        for (int i = 0; i < nlocals; i++) {
            byte k = u.kinds.get(i);
            if ((k & PyCode.KIND_CELL) != 0) {
                emit(MAKE_CELL, i, Loc.NONE);
            }
        }
        int nfree = u.freeCount();
        if (nfree > 0) {
            emit(COPY_FREE_VARS, nfree, Loc.NONE);
        }
        if (u.scope.generator) {
            emit(RETURN_GENERATOR, 0, Loc.NONE);
            emit(POP_TOP, 0, Loc.NONE);
        }
        emit(RESUME, 0, loc);
    }

    // ---- emission helpers ----------------------------------------------------------------

    void emit(int op, int arg, Loc loc) {
        u.b.emit(op, arg, loc);
    }

    void emitJump(int op, CodeBuilder.Label target, Loc loc) {
        u.b.emitJump(op, target, loc);
    }

    CodeBuilder.Label label() {
        return new CodeBuilder.Label();
    }

    void bind(CodeBuilder.Label l) {
        u.b.bind(l);
    }

    void loadConst(PyObject value, Object key, Loc loc) {
        emit(LOAD_CONST, u.b.constIndex(key, value), loc);
    }

    void loadConst(ConstantValue v, Loc loc) {
        emit(LOAD_CONST, Constants.index(u.b, v), loc);
    }

    void loadNone(Loc loc) {
        loadConst(ConstantValue.NONE, loc);
    }

    void returnNone(Loc loc) {
        loadNone(loc);
        emit(RETURN_VALUE, 0, loc);
    }

    int constIndexOfStrTuple(List<String> names) {
        PyObject[] items = new PyObject[names.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.intern(names.get(i));
        }
        return u.b.constIndex(List.of("strtuple", names), PyTuple.of(items));
    }

    // ---- names ------------------------------------------------------------------

    String mangle(String name) {
        return Mangler.mangle(SymbolTable.classNameFor(u.scope), name);
    }

    void loadName(String rawName, Loc loc) {
        nameOp(rawName, Ctx.LOAD, loc);
    }

    void storeName(String rawName, Loc loc) {
        nameOp(rawName, Ctx.STORE, loc);
    }

    void nameOp(String rawName, Ctx ctx, Loc loc) {
        String name = mangle(rawName);
        Scope s = u.scope;
        Scope.Binding b = s.bindings.get(name);
        if (b == null) {
            b = Scope.Binding.GLOBAL_IMPLICIT;
        }
        if (name.equals("__class__") && s.kind == Scope.Kind.CLASS && s.needsClassCell && ctx == Ctx.LOAD) {
            emit(LOAD_CLOSURE, u.localsPlus.get(name), loc);
            return;
        }
        switch (b) {
            case FREE, CELL -> {
                if (s.kind == Scope.Kind.CLASS && ctx == Ctx.LOAD) {
                    emit(LOAD_CLASSDEREF, u.localsPlus.get(name), loc);
                    return;
                }
                int idx = u.localsPlus.get(name);
                emit(ctx == Ctx.LOAD ? LOAD_DEREF : ctx == Ctx.STORE ? STORE_DEREF : DELETE_DEREF, idx, loc);
            }
            case LOCAL -> {
                if (s.kind == Scope.Kind.FUNCTION) {
                    int idx = u.localsPlus.get(name);
                    emit(ctx == Ctx.LOAD ? LOAD_FAST : ctx == Ctx.STORE ? STORE_FAST : DELETE_FAST, idx, loc);
                } else {
                    int idx = u.b.nameIndex(name);
                    emit(ctx == Ctx.LOAD ? LOAD_NAME : ctx == Ctx.STORE ? STORE_NAME : DELETE_NAME, idx, loc);
                }
            }
            case GLOBAL_EXPLICIT -> globalOp(name, ctx, loc);
            case GLOBAL_IMPLICIT -> {
                if (s.kind == Scope.Kind.FUNCTION) {
                    globalOp(name, ctx, loc);
                } else {
                    int idx = u.b.nameIndex(name);
                    emit(ctx == Ctx.LOAD ? LOAD_NAME : ctx == Ctx.STORE ? STORE_NAME : DELETE_NAME, idx, loc);
                }
            }
        }
    }

    private void globalOp(String name, Ctx ctx, Loc loc) {
        int idx = u.b.nameIndex(name);
        switch (ctx) {
            case LOAD -> emit(LOAD_GLOBAL, idx << 1, loc);
            case STORE -> emit(STORE_GLOBAL, idx, loc);
            case DEL -> emit(DELETE_GLOBAL, idx, loc);
        }
    }

    /** Whether a load of this name would be a LOAD_GLOBAL (so a call can fold in PUSH_NULL). */
    boolean isGlobalLoad(String rawName) {
        String name = mangle(rawName);
        Scope s = u.scope;
        Scope.Binding b = s.bindings.get(name);
        return s.kind == Scope.Kind.FUNCTION
                && (b == null || b == Scope.Binding.GLOBAL_IMPLICIT || b == Scope.Binding.GLOBAL_EXPLICIT)
                || b == Scope.Binding.GLOBAL_EXPLICIT;
    }

    void loadGlobalWithNull(String rawName, Loc loc) {
        emit(LOAD_GLOBAL, (u.b.nameIndex(mangle(rawName)) << 1) | 1, loc);
    }

    // ---- functions, lambdas, classes ------------------------------------------------------

    /** The parameter names of a def/lambda in locals-plus order. */
    static List<String> paramNames(Arguments a) {
        List<String> names = new ArrayList<>();
        for (Arg p : a.posonlyargs()) {
            names.add(p.arg());
        }
        for (Arg p : a.args()) {
            names.add(p.arg());
        }
        for (Arg p : a.kwonlyargs()) {
            names.add(p.arg());
        }
        if (a.vararg() != null) {
            names.add(a.vararg().arg());
        }
        if (a.kwarg() != null) {
            names.add(a.kwarg().arg());
        }
        return names;
    }

    static int argFlags(Arguments a) {
        return (a.vararg() != null ? PyCode.CO_VARARGS : 0) | (a.kwarg() != null ? PyCode.CO_VARKEYWORDS : 0);
    }

    /** Pushes defaults and kw-defaults; returns the MAKE_FUNCTION flags for them. */
    int defaults(Arguments a, Loc loc) {
        int flags = 0;
        if (!a.defaults().isEmpty()) {
            for (Expr d : a.defaults()) {
                expr.visit(d);
            }
            emit(BUILD_TUPLE, a.defaults().size(), loc);
            flags |= 0x01;
        }
        List<String> kwNames = new ArrayList<>();
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Expr d = a.kwDefaults().get(i);
            if (d != null) {
                kwNames.add(mangle(a.kwonlyargs().get(i).arg()));
                expr.visit(d);
            }
        }
        if (!kwNames.isEmpty()) {
            emit(LOAD_CONST, constIndexOfStrTuple(kwNames), loc);
            emit(BUILD_CONST_KEY_MAP, kwNames.size(), loc);
            flags |= 0x02;
        }
        return flags;
    }

    /** Emits the closure tuple (if any) and MAKE_FUNCTION for a compiled child code object. */
    void makeClosure(PyCode code, int flags, Loc loc) {
        String[] frees = code.freevars();
        if (frees.length > 0) {
            for (String f : frees) {
                Integer idx = u.localsPlus.get(f);
                if (idx == null) {
                    throw new IllegalStateException("no cell for free variable " + f + " in " + u.name);
                }
                emit(LOAD_CLOSURE, idx, loc);
            }
            emit(BUILD_TUPLE, frees.length, loc);
            flags |= 0x08;
        }
        loadConst(code, code, loc);
        emit(MAKE_FUNCTION, flags, loc);
    }

    /** Compiles a def or lambda body into a code object. */
    PyCode functionCode(Node node, String name, Arguments args, List<Stmt> body, Expr lambdaBody, Loc loc) {
        Scope scope = st.scopeOf(node);
        String qualname = qualnameFor(name);
        enterUnit(scope, name, qualname, loc.line(), paramNames(args));
        prologue(loc);
        String doc = lambdaBody == null ? docstring(body) : null;
        // co_consts[0] is the docstring or None, as in CPython (so a lambda has no docstring).
        Constants.index(u.b, doc != null ? new ConstantValue.StrValue(doc) : ConstantValue.NONE);
        if (lambdaBody != null) {
            expr.visit(lambdaBody);
            emit(RETURN_VALUE, 0, lambdaBody.loc());
        } else {
            for (int i = doc != null ? 1 : 0; i < body.size(); i++) {
                stmt.visit(body.get(i));
            }
            returnNone(body.get(body.size() - 1).loc());
        }
        int argc = args.posonlyargs().size() + args.args().size();
        return leaveUnit(argc, args.posonlyargs().size(), args.kwonlyargs().size(), argFlags(args));
    }

    CompileError error(String msg, Loc loc) {
        return new CompileError(msg, filename, loc);
    }
}
