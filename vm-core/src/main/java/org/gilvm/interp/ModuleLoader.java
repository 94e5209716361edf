package org.gilvm.interp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gilvm.builtins.BuiltinsModule;
import org.gilvm.builtins.ModuleFactory;
import org.gilvm.builtins.ModuleTable;
import org.gilvm.compiler.CompileError;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyType;
import org.gilvm.objects.TypeSetup;
import org.gilvm.parser.ParseError;

/**
 * The import system, a small importlib: {@code sys.modules} first, then the builtin modules
 * of {@link ModuleTable}, then {@code NAME.py} or the package {@code NAME/__init__.py} along
 * {@code sys.path} (a package's {@code __path__} for its submodules), then the pure-Python
 * modules bundled in the jar ({@link BundledModules}), then a namespace package of the
 * {@code NAME/} directories without {@code __init__.py} met on the way (PEP 420). Source is
 * compiled through the
 * process-wide {@link CodeCache}; a module already in {@code sys.modules} is neither
 * compiled nor run again.
 */
public final class ModuleLoader {
    private final Interpreter interp;
    /**
     * Modules whose code is running (CPython's {@code __spec__._initializing}): a failed
     * {@code from m import x} on one of them is most likely a circular import. Identity set:
     * PyObject keeps Object's equals; any thread may import.
     */
    private final Set<PyModule> initializing = ConcurrentHashMap.newKeySet();

    ModuleLoader(Interpreter interp) {
        this.interp = interp;
    }

    /** The builtins module: functions, types, exceptions and constants. */
    PyModule createBuiltins() {
        TypeSetup.ready();
        ThreadState ts = new ThreadState(interp);
        PyDict d = new PyDict();
        PyModule b = new PyModule(ts, "builtins", d);
        ModuleFactory.fill(ts, BuiltinsModule.class, b, d);
        for (PyType t : new PyType[] {BuiltinTypes.OBJECT, BuiltinTypes.TYPE, BuiltinTypes.INT, BuiltinTypes.BOOL,
                BuiltinTypes.FLOAT, BuiltinTypes.COMPLEX, BuiltinTypes.STR, BuiltinTypes.BYTES, BuiltinTypes.BYTEARRAY,
                BuiltinTypes.LIST, BuiltinTypes.TUPLE, BuiltinTypes.DICT, BuiltinTypes.SET, BuiltinTypes.FROZENSET,
                BuiltinTypes.RANGE, BuiltinTypes.SLICE, BuiltinTypes.PROPERTY, BuiltinTypes.STATICMETHOD,
                BuiltinTypes.CLASSMETHOD, BuiltinTypes.SUPER, BuiltinTypes.ENUMERATE, BuiltinTypes.ZIP,
                BuiltinTypes.MAP, BuiltinTypes.FILTER, BuiltinTypes.REVERSED}) {
            d.setStr(ts, t.name(), t);
        }
        for (PyType t : ExceptionTypes.ALL) {
            d.setStr(ts, t.name(), t);
        }
        d.setStr(ts, "None", PyNone.None);
        d.setStr(ts, "Ellipsis", org.gilvm.objects.PyEllipsis.Ellipsis);
        d.setStr(ts, "NotImplemented", org.gilvm.objects.PyNotImplemented.NotImplemented);
        d.setStr(ts, "True", org.gilvm.objects.PyBool.True);
        d.setStr(ts, "False", org.gilvm.objects.PyBool.False);
        d.setStr(ts, "__debug__", org.gilvm.objects.PyBool.True);
        d.setStrSteal(ts, "exit", new org.gilvm.builtins.Quitter("exit"));
        d.setStrSteal(ts, "quit", new org.gilvm.builtins.Quitter("quit"));
        ClassBuilding.install(ts, d);
        interp.modules().setStr(ts, "builtins", b);
        return b;
    }

    /** Creates {@code sys} at start-up: print() and the traceback printer need it in sys.modules. */
    void createSys(ThreadState ts) {
        builtinModule(ts, "sys");
    }

    /**
     * IMPORT_NAME: imports {@code name} (relative to the importing module's package when
     * {@code level > 0}) and returns the top-level package, or the module itself when there
     * is a from-list. A new reference.
     */
    public PyObject importModule(ThreadState ts, String name, PyObject fromlist, int level, PyDict globals) {
        String full = level > 0 ? resolveRelative(name, level, globals) : name;
        if (full.isEmpty()) {
            throw Errors.valueError("Empty module name");
        }
        PyModule m = null;
        int dot = -1;
        PyModule top = null;
        do {
            dot = full.indexOf('.', dot + 1);
            String prefix = dot < 0 ? full : full.substring(0, dot);
            m = load(ts, prefix, m);
            if (top == null) {
                top = m;
            }
        } while (dot >= 0);
        boolean hasFrom = fromlist != null && fromlist != PyNone.None && fromlist.isTrue(ts);
        PyModule result;
        if (hasFrom) {
            result = m;
        } else if (level > 0) {
            // "from . import x" style names resolve to the package itself; "import .x" is not valid syntax.
            result = m;
        } else {
            result = top;
        }
        ts.incref(result);
        return result;
    }

    /** Whether {@code m}'s code is still running: it is only partly initialised. */
    public boolean isInitializing(PyModule m) {
        return initializing.contains(m);
    }

    /** IMPORT_FROM's fallback: {@code from package import submodule}. Null if there is none. */
    public PyObject submodule(ThreadState ts, PyModule pkg, String name) {
        if (pkg.dict().getStr("__path__") == null) {
            return null;
        }
        String full = pkg.name() + "." + name;
        try {
            PyModule m = load(ts, full, pkg);
            ts.incref(m);
            return m;
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.MODULE_NOT_FOUND_ERROR)) {
                ts.decref(e.value);
                return null;
            }
            throw e;
        }
    }

    private String resolveRelative(String name, int level, PyDict globals) {
        PyObject pkg = globals.getStr("__package__");
        String base;
        if (pkg instanceof PyStr p && !p.value().isEmpty()) {
            base = p.value();
        } else {
            throw Errors.of(ExceptionTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Errors.of(ExceptionTypes.IMPORT_ERROR, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Finds, loads and registers one module (its parent already imported); borrowed. */
    private PyModule load(ThreadState ts, String full, PyModule parent) {
        PyObject cached = interp.modules().getStr(full);
        if (cached instanceof PyModule m) {
            return m;
        }
        if (parent == null) {
            PyModule b = builtinModule(ts, full);
            if (b != null) {
                return b;
            }
        }
        PyList path = searchPath(ts, parent);
        if (parent != null && path == null) {
            throw importError(ts, ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + full + "'; '"
                    + parent.name() + "' is not a package", full);
        }
        String last = full.substring(full.lastIndexOf('.') + 1);
        // Compare CPython's PathFinder and FileFinder: in each entry a package directory with an
        // __init__.py, else the module file; a directory without one is a portion of a
        // namespace package (PEP 420), used only if no entry has a regular module or package.
        PyList portions = null;
        for (int i = 0; path != null; i++) {
            // sys.path is shared: each entry is read under its lock (another thread may change it).
            PyObject entry = path.getItemRef(ts, i);
            if (entry == null) {
                break;
            }
            String dirName = entry instanceof PyStr dir ? dir.value() : null;
            ts.decref(entry);
            if (dirName == null) {
                continue;
            }
            Path d = resolveEntry(dirName);
            Path pkgDir = d.resolve(last);
            Path pkgInit = pkgDir.resolve("__init__.py");
            if (Files.isRegularFile(pkgInit)) {
                return execFile(ts, full, pkgInit, pkgDir, parent, last);
            }
            Path file = d.resolve(last + ".py");
            if (Files.isRegularFile(file)) {
                return execFile(ts, full, file, null, parent, last);
            }
            if (Files.isDirectory(pkgDir)) {
                if (portions == null) {
                    portions = new PyList();
                }
                portions.appendOwned(new PyStr(pkgDir.toString()));
            }
        }
        if (parent == null || BundledModules.isBundled(parent)) {
            PyModule m = loadBundled(ts, full, parent);
            if (m != null) {
                ts.decref(portions);
                return m;
            }
        }
        if (portions != null) {
            return namespacePackage(ts, full, portions, parent, last);
        }
        throw importError(ts, ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + full + "'", full);
    }

    /**
     * A sys.path entry as a directory. One that is no path (a NUL byte, the one character a
     * Linux path cannot hold) fails as CPython's os.stat does.
     */
    private Path resolveEntry(String dirName) {
        try {
            return interp.workingDirectory().resolve(dirName);
        } catch (InvalidPathException e) {
            throw Errors.valueError("embedded null byte");
        }
    }

    /**
     * A namespace package (PEP 420): no code, no {@code __file__}, {@code __path__} the
     * directories found; {@code portions} is stolen.
     */
    private PyModule namespacePackage(ThreadState ts, String full, PyList portions, PyModule parent, String last) {
        PyDict g = new PyDict();
        PyModule m = new PyModule(ts, full, g);
        g.setStr(ts, "__doc__", PyNone.None);
        g.setStr(ts, "__file__", PyNone.None);
        g.setStrSteal(ts, "__package__", new PyStr(full));
        g.setStrSteal(ts, "__path__", portions);
        interp.modules().setStr(ts, full, m);
        ts.decref(m);
        if (parent != null) {
            parent.dict().setStr(ts, last, m);
        }
        return m;
    }

    private PyList searchPath(ThreadState ts, PyModule parent) {
        if (parent != null) {
            return parent.dict().getStr("__path__") instanceof PyList l ? l : null;
        }
        PyObject sys = interp.modules().getStr("sys");
        return sys != null && sys.dict().getStr("path") instanceof PyList l ? l : null;
    }

    private PyModule builtinModule(ThreadState ts, String name) {
        for (Class<?> c : ModuleTable.MODULES) {
            if (ModuleFactory.nameOf(c).equals(name)) {
                PyModule m = ModuleFactory.create(ts, c);
                interp.modules().setStr(ts, name, m);
                ts.decref(m);
                return m;
            }
        }
        return null;
    }

    /** A module shipped in the jar, or null if there is none of that name. */
    private PyModule loadBundled(ThreadState ts, String name, PyModule parent) {
        BundledModules.Found found;
        try {
            found = BundledModules.find(name);
        } catch (IOException e) {
            throw importError(ts, ExceptionTypes.IMPORT_ERROR, "could not read bundled module " + name + ": "
                    + e.getMessage(), name);
        }
        if (found == null) {
            return null;
        }
        interp.sourceCache().put(found.filename(), found.source());
        return execSource(ts, name, found.source(), found.filename(), found.packageDir(), parent,
                name.substring(name.lastIndexOf('.') + 1));
    }

    /** Compiles and runs a source file as module {@code full}; on failure it leaves sys.modules. */
    private PyModule execFile(ThreadState ts, String full, Path file, Path pkgDir, PyModule parent, String last) {
        String source;
        try {
            byte[] bytes = Files.readAllBytes(file);
            // The PEP 263 coding cookie, as CPython's tokenizer reads it; UTF-8 without one.
            source = SourceCache.encodingOf(bytes).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IOException e) {
            throw importError(ts, ExceptionTypes.IMPORT_ERROR, "could not read " + file + ": " + e.getMessage(), full);
        }
        return execSource(ts, full, source, file.toString(), pkgDir, parent, last);
    }

    /**
     * Compiles (through the process's {@link CodeCache}) and runs {@code source} as module
     * {@code full}; on failure it leaves sys.modules.
     */
    private PyModule execSource(ThreadState ts, String full, String source, String filename, Path pkgDir,
                                PyModule parent, String last) {
        PyCode code;
        try {
            code = CodeCache.shared().compileModule(ts, source, filename);
        } catch (ParseError e) {
            throw SyntaxErrors.of(ts, e.kind, e.msg, e.filename, e.line, e.offset, e.endLine, e.endOffset, e.text);
        } catch (CompileError e) {
            throw SyntaxErrors.of(ts, "SyntaxError", e.msg, e.filename, e.loc.line(), e.loc.col() + 1,
                    e.loc.endLine(), e.loc.endCol() + 1, ProgramRunner.lineOf(source, e.loc.line()));
        }
        PyDict g = new PyDict();
        PyModule m = new PyModule(ts, full, g);
        g.setStrSteal(ts, "__file__", new PyStr(filename));
        String pkg = pkgDir != null ? full : (full.contains(".") ? full.substring(0, full.lastIndexOf('.')) : "");
        g.setStrSteal(ts, "__package__", new PyStr(pkg));
        if (pkgDir != null) {
            PyList p = new PyList();
            p.appendOwned(new PyStr(pkgDir.toString()));
            g.setStrSteal(ts, "__path__", p);
        }
        g.setStr(ts, "__builtins__", interp.builtins());
        // A docstring, if any, is the module code's first assignment; as CPython's module_init_dict.
        g.setStr(ts, "__doc__", PyNone.None);
        interp.modules().setStr(ts, full, m);
        ts.decref(m);
        initializing.add(m);
        try {
            ts.decref(Eval.run(ts, new Frame(code, null, g, interp.builtins().dict(), g)));
        } catch (PyException e) {
            interp.modules().delStr(ts, full);
            throw e;
        } finally {
            initializing.remove(m);
        }
        PyObject registered = interp.modules().getStr(full);
        if (parent != null && registered != null) {
            parent.dict().setStr(ts, last, registered);
        }
        return registered instanceof PyModule rm ? rm : m;
    }

    /** ImportError/ModuleNotFoundError with its {@code name} attribute set, as CPython's. */
    static PyException importError(ThreadState ts, PyType type, String msg, String name) {
        PyException e = Errors.of(type, msg);
        e.value.setImportNameAndPath(ts, PyStr.intern(name), null);
        return e;
    }

    /** ImportError with {@code name} and {@code path} (a borrowed str, or null: None) set. */
    static PyException importError(ThreadState ts, String msg, String name, PyObject path) {
        PyException e = Errors.of(ExceptionTypes.IMPORT_ERROR, msg);
        e.value.setImportNameAndPath(ts, PyStr.intern(name), path);
        return e;
    }

    static PyException importError(ThreadState ts, String msg, String name) {
        return importError(ts, ExceptionTypes.IMPORT_ERROR, msg, name);
    }
}
