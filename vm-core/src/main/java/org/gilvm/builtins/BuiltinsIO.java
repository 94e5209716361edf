package org.gilvm.builtins;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Abstract;
import org.gilvm.objects.Errors;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.IOErrors;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTextIO;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.SpecialMethods;

/**
 * The I/O builtins of {@code builtins}: print, input, open. print and input go through the
 * objects in {@code sys.stdout}/{@code sys.stdin}, so programs can replace them with any
 * object that has {@code write}/{@code readline}; for the standard {@link PyTextIO} they call
 * its Java methods directly. See {@link BuiltinsModule} for how these are registered.
 */
final class BuiltinsIO {
    private BuiltinsIO() {}

    static void register(ThreadState ts, PyDict dict) {
        ModuleFactory.fill(ts, BuiltinsIO.class, null, dict);
        BuiltinsModule.register(ts, dict, "input", BuiltinsIO::input);
    }

    /** {@code sys.NAME}, borrowed; null when there is no sys module or no such attribute. */
    static PyObject sysAttr(ThreadState ts, String name) {
        PyObject sys = ts.interp.modules().getStr("sys");
        PyDict d = sys == null ? null : sys.dict();
        return d == null ? null : d.getStr(name);
    }

    // ---- print ----------------------------------------------------------------------

    /** {@code print(*args, sep=' ', end='\n', file=None, flush=False)}, CPython's builtin_print_impl. */
    @ExposedFunction(sig = "*args, sep=None, end=None, file=None, flush=False")
    static void print(ThreadState ts, PyTuple args, PyObject sep, PyObject end, PyObject file, boolean flush) {
        if (file == PyNone.None) {
            file = sysAttr(ts, "stdout");
            if (file == null) {
                throw Errors.runtimeError("lost sys.stdout");
            }
            if (file == PyNone.None) {
                return;
            }
        }
        String sepText = textArg(sep, "sep", " ");
        String endText = textArg(end, "end", "\n");
        if (file instanceof PyTextIO io && !io.isBinary()) {
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) {
                    io.write(ts, sepText);
                }
                io.write(ts, Abstract.str(ts, args.get(i)));
            }
            io.write(ts, endText);
            if (flush) {
                io.flush(ts);
            }
            return;
        }
        PyObject write = Abstract.getAttr(ts, file, "write");
        try {
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) {
                    callWith(ts, write, new PyStr(sepText));
                }
                callWith(ts, write, new PyStr(Abstract.str(ts, args.get(i))));
            }
            callWith(ts, write, new PyStr(endText));
        } finally {
            ts.decref(write);
        }
        if (flush) {
            ts.decref(SpecialMethods.call(ts, file, "flush"));
        }
    }

    private static String textArg(PyObject v, String what, String dflt) {
        if (v == PyNone.None) {
            return dflt;
        }
        if (v instanceof PyStr s) {
            return s.value();
        }
        throw Errors.typeError(what + " must be None or a string, not " + v.type().name());
    }

    /** Calls {@code f(arg)}, taking over the new reference {@code arg} and dropping the result. */
    private static void callWith(ThreadState ts, PyObject f, PyObject arg) {
        try {
            ts.decref(f.call(ts, new PyObject[] {arg}, 0, 1, null));
        } finally {
            ts.decref(arg);
        }
    }

    // ---- input ----------------------------------------------------------------------

    /** {@code input(prompt=None)}: a line from sys.stdin without its newline. */
    static PyObject input(ThreadState ts, PyObject[] argv, int off, int nargs, String[] kwnames) {
        BuiltinsModule.noKeywords("input", kwnames);
        BuiltinsModule.checkArity("input", nargs, 0, 1);
        PyObject in = sysAttr(ts, "stdin");
        if (in == null || in == PyNone.None) {
            throw Errors.runtimeError("input(): lost sys.stdin");
        }
        PyObject out = sysAttr(ts, "stdout");
        if (out == null || out == PyNone.None) {
            throw Errors.runtimeError("input(): lost sys.stdout");
        }
        flushQuietly(ts, sysAttr(ts, "stderr"));
        if (nargs == 1) {
            String prompt = Abstract.str(ts, argv[off]);
            if (out instanceof PyTextIO io && !io.isBinary()) {
                io.write(ts, prompt);
            } else {
                PyObject write = Abstract.getAttr(ts, out, "write");
                try {
                    callWith(ts, write, new PyStr(prompt));
                } finally {
                    ts.decref(write);
                }
            }
        }
        flushQuietly(ts, out);
        String line;
        if (in instanceof PyTextIO io && !io.isBinary()) {
            line = io.readLine(ts, -1);
        } else {
            PyObject r = SpecialMethods.call(ts, in, "readline");
            try {
                if (!(r instanceof PyStr s)) {
                    throw Errors.typeError("object.readline() returned non-string");
                }
                line = s.value();
            } finally {
                ts.decref(r);
            }
        }
        if (line.isEmpty()) {
            throw Errors.of(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
        }
        return new PyStr(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line);
    }

    /** {@code f.flush()} with errors ignored, as input() treats its streams. */
    private static void flushQuietly(ThreadState ts, PyObject f) {
        if (f == null || f == PyNone.None) {
            return;
        }
        try {
            if (f instanceof PyTextIO io) {
                io.flush(ts);
            } else {
                ts.decref(SpecialMethods.call(ts, f, "flush"));
            }
        } catch (PyException e) {
            // CPython clears errors from these flushes (builtin_input_impl) and goes on.
            ts.decref(e.value);
        }
    }

    // ---- open -----------------------------------------------------------------------

    /** {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)}. */
    @ExposedFunction(sig = "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None")
    static PyObject open(ThreadState ts, PyObject file, PyObject mode, int buffering, PyObject encoding,
                         PyObject errors, PyObject newline, boolean closefd, PyObject opener) {
        String m = optionalStr(mode, "mode", false);
        String enc = optionalStr(encoding, "encoding", true);
        String err = optionalStr(errors, "errors", true);
        String nl = optionalStr(newline, "newline", true);
        OpenMode om = OpenMode.parse(m);
        if (om.binary() && enc != null) {
            throw Errors.valueError("binary mode doesn't take an encoding argument");
        }
        if (om.binary() && err != null) {
            throw Errors.valueError("binary mode doesn't take an errors argument");
        }
        if (om.binary() && nl != null) {
            throw Errors.valueError("binary mode doesn't take a newline argument");
        }
        String name = fileName(ts, file);
        if (!closefd) {
            throw Errors.valueError("Cannot use closefd=False with file name");
        }
        if (opener != PyNone.None) {
            throw Errors.notImplementedError("open(): the opener argument is not supported");
        }
        FileChannel ch = openChannel(ts, name, om);
        try {
            if (om.binary()) {
                return PyTextIO.forFile(name, om.rawMode(), ch, om.reading(), om.writing(), om.append(), null,
                        null, null, null, false);
            }
            if (buffering == 0) {
                throw Errors.valueError("can't have unbuffered text I/O");
            }
            if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                throw Errors.valueError("illegal newline value: " + nl);
            }
            Charset cs = enc == null ? StandardCharsets.UTF_8 : charsetFor(enc);
            return PyTextIO.forFile(name, m, ch, om.reading(), om.writing(), om.append(), cs,
                    enc == null ? "UTF-8" : enc, errorAction(err), nl, buffering == 1);
        } catch (PyException e) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // The error being raised already describes what went wrong.
            }
            throw e;
        }
    }

    private static String optionalStr(PyObject v, String what, boolean noneAllowed) {
        if (v instanceof PyStr s) {
            return s.value();
        }
        if (noneAllowed && v == PyNone.None) {
            return null;
        }
        throw Errors.typeError("open() argument '" + what + "' must be str" + (noneAllowed ? " or None" : "")
                + ", not " + v.type().name());
    }

    /** The path as a string: str, bytes, or an os.PathLike's {@code __fspath__}. */
    private static String fileName(ThreadState ts, PyObject file) {
        if (file instanceof PyStr s) {
            return s.value();
        }
        if (file instanceof PyBytes b) {
            return new String(b.value(), StandardCharsets.UTF_8);
        }
        PyObject fspath = file.type().lookup("__fspath__");
        if (fspath != null) {
            PyObject p = SpecialMethods.callMethod(ts, fspath, file);
            try {
                if (p instanceof PyStr || p instanceof PyBytes) {
                    return fileName(ts, p);
                }
                throw Errors.typeError("expected " + file.type().name() + ".__fspath__() to return str or bytes, not "
                        + p.type().name());
            } finally {
                ts.decref(p);
            }
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not " + file.type().name());
    }

    private static FileChannel openChannel(ThreadState ts, String name, OpenMode om) {
        if (name.isEmpty()) {
            throw Errors.osError(ExceptionTypes.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", name);
        }
        Path path;
        try {
            path = ts.interp.workingDirectory().resolve(name);
        } catch (InvalidPathException e) {
            throw Errors.valueError("embedded null byte");
        }
        if (om.reading() && !om.writing() && Files.isDirectory(path)) {
            throw Errors.osError(ExceptionTypes.IS_A_DIRECTORY_ERROR, 21, "Is a directory", name);
        }
        Set<OpenOption> opts = new HashSet<>();
        if (om.reading()) {
            opts.add(StandardOpenOption.READ);
        }
        if (om.writing()) {
            opts.add(StandardOpenOption.WRITE);
        }
        switch (om.kind()) {
            case 'w' -> {
                opts.add(StandardOpenOption.CREATE);
                opts.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
            case 'a' -> opts.add(StandardOpenOption.CREATE);
            case 'x' -> opts.add(StandardOpenOption.CREATE_NEW);
            default -> { }
        }
        try {
            FileChannel ch = FileChannel.open(path, opts);
            if (om.append()) {
                ch.position(ch.size());
            }
            return ch;
        } catch (IOException e) {
            throw IOErrors.of(e, name);
        }
    }

    /** Python's codec names for the charsets Java knows under other names. */
    private static Charset charsetFor(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        switch (n) {
            case "utf-8", "utf8", "u8", "utf", "cp65001": return StandardCharsets.UTF_8;
            case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819": return StandardCharsets.ISO_8859_1;
            case "ascii", "us-ascii", "646": return StandardCharsets.US_ASCII;
            case "utf-16", "utf16": return StandardCharsets.UTF_16;
            case "utf-16-le", "utf-16le": return StandardCharsets.UTF_16LE;
            case "utf-16-be", "utf-16be": return StandardCharsets.UTF_16BE;
            default: break;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
    }

    /**
     * The decoder/encoder action for an {@code errors} name. Java has strict, ignore and
     * replace; CPython's other handlers (backslashreplace, surrogateescape...) fall back to
     * replace, and unknown names raise LookupError as CPython does on first use.
     */
    private static CodingErrorAction errorAction(String errors) {
        if (errors == null) {
            return CodingErrorAction.REPORT;
        }
        return switch (errors) {
            case "strict" -> CodingErrorAction.REPORT;
            case "ignore" -> CodingErrorAction.IGNORE;
            case "replace", "backslashreplace", "surrogateescape", "xmlcharrefreplace", "namereplace",
                 "surrogatepass" -> CodingErrorAction.REPLACE;
            default -> throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
        };
    }

    /** A parsed {@code open()} mode, CPython's _io_open_impl checks with their texts. */
    record OpenMode(char kind, boolean update, boolean binary) {
        static OpenMode parse(String mode) {
            char kind = 0;
            int kinds = 0;
            boolean update = false, text = false, binary = false;
            for (int i = 0; i < mode.length(); i++) {
                char c = mode.charAt(i);
                if ("xrwa+tb".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                    throw Errors.valueError("invalid mode: '" + mode + "'");
                }
                switch (c) {
                    case '+' -> update = true;
                    case 't' -> text = true;
                    case 'b' -> binary = true;
                    default -> {
                        kind = c;
                        kinds++;
                    }
                }
            }
            if (text && binary) {
                throw Errors.valueError("can't have text and binary mode at once");
            }
            if (kinds > 1) {
                throw Errors.valueError("must have exactly one of create/read/write/append mode");
            }
            if (kinds == 0) {
                throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
            }
            return new OpenMode(kind, update, binary);
        }

        boolean reading() { return kind == 'r' || update; }

        boolean writing() { return kind != 'r' || update; }

        boolean append() { return kind == 'a'; }

        /** What a binary file reports as its mode (CPython's FileIO mode_string). */
        String rawMode() {
            return switch (kind) {
                case 'x' -> update ? "xb+" : "xb";
                case 'a' -> update ? "ab+" : "ab";
                case 'r' -> update ? "rb+" : "rb";
                default -> update ? "rb+" : "wb";
            };
        }
    }
}
