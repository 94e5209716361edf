package org.gilvm.builtins;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.IOErrors;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;

/**
 * {@code posix}, the little of CPython's Modules/posixmodule.c that the bundled {@code os}
 * module exports: process ids, the working directory, directory listings, the CPU count and
 * the environment. A multiprocessing child answers with its own made-up pid
 * ({@link org.gilvm.subinterp.Subinterpreters}); the working directory is the interpreter's.
 *
 * <p>{@code _path_kind} is gilvm's own: what {@code os.path.exists}, {@code isfile} and
 * {@code isdir} need, where CPython calls {@code os.stat} (which is not here).
 */
@ExposedModule(name = "posix")
public final class PosixModule {
    private PosixModule() {}

    static void init(ThreadState ts, PyDict dict) {
        PyDict env = new PyDict();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            PyStr k = new PyStr(e.getKey());
            env.putSteal(ts, k, new PyStr(e.getValue()));
            ts.decref(k);
        }
        dict.setStrSteal(ts, "environ", env);
    }

    @ExposedFunction
    static PyObject getpid(ThreadState ts) {
        return PyInt.of(ts.interp.subinterpreters().pid());
    }

    @ExposedFunction
    static PyObject getppid(ThreadState ts) {
        return PyInt.of(ts.interp.subinterpreters().parentPid());
    }

    @ExposedFunction
    static PyObject getcwd(ThreadState ts) {
        return new PyStr(ts.interp.workingDirectory().toString());
    }

    /** {@code os.cpu_count()}: the processors the JVM may use. */
    @ExposedFunction(name = "cpu_count")
    static PyObject cpuCount() {
        return PyInt.of(Runtime.getRuntime().availableProcessors());
    }

    /** The names in a directory, in no particular order, as CPython's listdir. */
    @ExposedFunction(sig = "path=None")
    static PyObject listdir(ThreadState ts, PyObject path) {
        String name = path == PyNone.None ? "." : strPath(path, "listdir");
        Path dir = resolve(ts, name);
        List<String> names = new ArrayList<>();
        IOException failure = null;
        try (ThreadState unlocked = ts.blocking()) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    names.add(p.getFileName().toString());
                }
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw IOErrors.of(failure, name);
        }
        PyList out = new PyList();
        for (String n : names) {
            out.appendOwned(new PyStr(n));
        }
        return out;
    }

    /** 'file', 'dir', 'other', or None when nothing is there (or it cannot be looked at). */
    @ExposedFunction(name = "_path_kind", sig = "path, /")
    static PyObject pathKind(ThreadState ts, PyObject path) {
        Path p;
        try {
            p = resolve(ts, strPath(path, "stat"));
        } catch (RuntimeException e) {
            return PyNone.None;
        }
        String kind;
        try (ThreadState unlocked = ts.blocking()) {
            kind = Files.isDirectory(p) ? "dir" : Files.isRegularFile(p) ? "file" : Files.exists(p) ? "other" : null;
        }
        return kind == null ? PyNone.None : PyStr.intern(kind);
    }

    private static String strPath(PyObject path, String function) {
        if (path instanceof PyStr s) {
            return s.value();
        }
        throw Errors.typeError(function + ": path should be string, bytes, os.PathLike or None, not "
                + path.type().name());
    }

    private static Path resolve(ThreadState ts, String name) {
        try {
            return ts.interp.workingDirectory().resolve(name);
        } catch (InvalidPathException e) {
            throw Errors.of(ExceptionTypes.VALUE_ERROR, "embedded null byte");
        }
    }
}
