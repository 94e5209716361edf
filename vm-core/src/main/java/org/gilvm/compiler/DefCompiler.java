package org.gilvm.compiler;

import static org.gilvm.bytecode.Op.*;

import java.util.ArrayList;
import java.util.List;
import org.gilvm.ast.Arg;
import org.gilvm.ast.Arguments;
import org.gilvm.ast.Ctx;
import org.gilvm.ast.Expr;
import org.gilvm.ast.Stmt;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyStr;

/**
 * Definitions: {@code def}, {@code lambda} and {@code class}, CPython 3.11's
 * compiler_function, compiler_lambda, compiler_class and the helpers that push defaults,
 * annotations, closures and decorators.
 */
final class DefCompiler {
    private final Compiler c;

    DefCompiler(Compiler c) {
        this.c = c;
    }

    private void checkDebugArgs(Arguments a) {
        List<Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        for (Arg p : all) {
            if (p.arg().equals("__debug__")) {
                throw c.error("cannot assign to __debug__");
            }
        }
    }

    void function(Stmt.FunctionDef s) {
        Arguments args = s.args();
        checkDebugArgs(args);
        for (Expr d : s.decoratorList()) {
            c.expr.visit(d);
        }
        int firstLineno = s.decoratorList().isEmpty() ? s.loc().line() : s.decoratorList().get(0).loc().line();
        int funcflags = defaultArguments(args);
        if (annotations(args, s.returns())) {
            funcflags |= 0x04;
        }
        c.enterScope(s.name(), s.isAsync() ? Unit.ScopeType.ASYNC_FUNCTION : Unit.ScopeType.FUNCTION, s,
                firstLineno);
        String docstring = Compiler.docstring(s.body());
        c.constIndex(docstring != null ? PyStr.intern(docstring) : PyNone.None);
        c.u.argcount = args.args().size();
        c.u.posonlyargcount = args.posonlyargs().size();
        c.u.kwonlyargcount = args.kwonlyargs().size();
        for (int i = docstring != null ? 1 : 0; i < s.body().size(); i++) {
            c.stmt.visit(s.body().get(i));
        }
        PyCode co = c.assemble(true);
        c.exitScope();
        makeClosure(co, funcflags);
        applyDecorators(s.decoratorList());
        c.nameop(s.name(), Ctx.STORE);
    }

    void lambda(Expr.Lambda e) {
        Arguments args = e.args();
        checkDebugArgs(args);
        int funcflags = defaultArguments(args);
        c.enterScope("<lambda>", Unit.ScopeType.LAMBDA, e, e.loc().line());
        // None is the first constant, so a lambda has no docstring.
        c.constIndex(PyNone.None);
        c.u.argcount = args.args().size();
        c.u.posonlyargcount = args.posonlyargs().size();
        c.u.kwonlyargcount = args.kwonlyargs().size();
        c.expr.visit(e.body());
        PyCode co;
        if (c.u.ste.generator) {
            co = c.assemble(false);
        } else {
            c.u.addop(RETURN_VALUE);
            co = c.assemble(true);
        }
        c.exitScope();
        makeClosure(co, funcflags);
    }

    void classDef(Stmt.ClassDef s) {
        for (Expr d : s.decoratorList()) {
            c.expr.visit(d);
        }
        int firstLineno = s.decoratorList().isEmpty() ? s.loc().line() : s.decoratorList().get(0).loc().line();
        c.enterScope(s.name(), Unit.ScopeType.CLASS, s, firstLineno);
        c.u.privateName = s.name();
        c.nameop("__name__", Ctx.LOAD);
        c.nameop("__module__", Ctx.STORE);
        c.loadConst(PyStr.intern(c.u.qualname));
        c.nameop("__qualname__", Ctx.STORE);
        c.body(s.body());
        c.u.unsetLoc();
        if (c.u.ste.needsClassClosure) {
            c.u.addopI(LOAD_CLOSURE, c.u.cellvars.get("__class__"));
            c.u.addopI(COPY, 1);
            c.nameop("__classcell__", Ctx.STORE);
        } else {
            c.loadConst(PyNone.None);
        }
        c.u.addop(RETURN_VALUE);
        PyCode co = c.assemble(true);
        c.exitScope();
        c.u.addop(PUSH_NULL);
        c.u.addop(LOAD_BUILD_CLASS);
        makeClosure(co, 0);
        c.loadConst(PyStr.intern(s.name()));
        c.call.callHelper(2, s.bases(), s.keywords());
        applyDecorators(s.decoratorList());
        c.nameop(s.name(), Ctx.STORE);
    }

    /** CPython's compiler_make_closure: the cells a nested code object closes over, then MAKE_FUNCTION. */
    void makeClosure(PyCode co, int flags) {
        String[] frees = co.freevars();
        if (frees.length > 0) {
            for (String name : frees) {
                int reftype = c.u.scopeType == Unit.ScopeType.CLASS && name.equals("__class__")
                        ? Scope.CELL : c.u.ste.scope(name);
                Integer arg = reftype == Scope.CELL ? c.u.cellvars.get(name) : c.u.freevars.get(name);
                if (arg == null) {
                    throw new IllegalStateException("compiler_lookup_arg(name='" + name + "') failed in "
                            + c.u.name + "; freevars of code " + co.name);
                }
                c.u.addopI(LOAD_CLOSURE, arg);
            }
            flags |= 0x08;
            c.u.addopI(BUILD_TUPLE, frees.length);
        }
        c.loadConst(co);
        c.u.addopI(MAKE_FUNCTION, flags);
    }

    private void applyDecorators(List<Expr> decos) {
        if (decos.isEmpty()) {
            return;
        }
        Unit.SavedLoc saved = c.u.saveLoc();
        for (int i = decos.size() - 1; i >= 0; i--) {
            c.u.setLoc(decos.get(i).loc());
            c.u.addopI(PRECALL, 0);
            c.u.addopI(CALL, 0);
        }
        c.u.restoreLoc(saved);
    }

    /** Pushes positional and keyword-only defaults; returns the MAKE_FUNCTION flags for them. */
    private int defaultArguments(Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            for (Expr d : args.defaults()) {
                c.expr.visit(d);
            }
            c.u.addopI(BUILD_TUPLE, args.defaults().size());
            flags |= 0x01;
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                keys.add(c.mangle(args.kwonlyargs().get(i).arg()));
                c.expr.visit(d);
            }
        }
        if (!keys.isEmpty()) {
            c.loadConst(Compiler.strTuple(keys));
            c.u.addopI(BUILD_CONST_KEY_MAP, keys.size());
            flags |= 0x02;
        }
        return flags;
    }

    /** CPython's compiler_visit_annotations: pushes a (name, value, ...) tuple if any. */
    private boolean annotations(Arguments args, Expr returns) {
        int len = 0;
        len += argAnnotations(args.args());
        len += argAnnotations(args.posonlyargs());
        if (args.vararg() != null) {
            len += argAnnotation(args.vararg().arg(), args.vararg().annotation());
        }
        len += argAnnotations(args.kwonlyargs());
        if (args.kwarg() != null) {
            len += argAnnotation(args.kwarg().arg(), args.kwarg().annotation());
        }
        len += argAnnotation("return", returns);
        if (len > 0) {
            c.u.addopI(BUILD_TUPLE, len);
            return true;
        }
        return false;
    }

    private int argAnnotations(List<Arg> args) {
        int len = 0;
        for (Arg a : args) {
            len += argAnnotation(a.arg(), a.annotation());
        }
        return len;
    }

    private int argAnnotation(String id, Expr annotation) {
        if (annotation == null) {
            return 0;
        }
        c.loadConst(PyStr.intern(c.mangle(id)));
        if (annotation instanceof Expr.Starred starred) {
            c.expr.visit(starred.value());
            c.u.addopI(UNPACK_SEQUENCE, 1);
        } else {
            c.expr.visit(annotation);
        }
        return 2;
    }
}
