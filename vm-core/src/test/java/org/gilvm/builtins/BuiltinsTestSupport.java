package org.gilvm.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.InterpreterConfig;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.BuiltinBody;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyFloat;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyMethodDescr;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.objects.PyType;

/**
 * Calls builtin module functions the way Python code would and compares with what CPython
 * 3.11.7 prints: every expected repr and error text below was produced by {@code python3}.
 * The interpreter's standard streams are in-memory, so printed output can be checked.
 */
abstract class BuiltinsTestSupport {
    final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final Interpreter interp;
    final ThreadState ts;

    BuiltinsTestSupport() {
        this("");
    }

    BuiltinsTestSupport(String stdin) {
        InterpreterConfig config = InterpreterConfig.standard(List.of("t.py", "arg1"))
                .withStreams(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                        new PrintStream(outBytes, false, StandardCharsets.UTF_8),
                        new PrintStream(errBytes, false, StandardCharsets.UTF_8));
        interp = new Interpreter(config);
        ts = new ThreadState(interp);
        for (Class<?> cls : ModuleTable.MODULES) {
            String name = ModuleFactory.nameOf(cls);
            if (interp.modules().getStr(name) == null) {
                interp.modules().setStrSteal(ts, name, ModuleFactory.create(ts, cls));
            }
        }
    }

    PyModule module(String name) {
        return (PyModule) interp.modules().getStr(name);
    }

    /** {@code module.name}, borrowed. */
    PyObject attr(String module, String name) {
        PyObject v = module(module).dict().getStr(name);
        if (v == null) {
            throw new AssertionError(module + "." + name + " is missing");
        }
        return v;
    }

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static PyStr s(String v) {
        return new PyStr(v);
    }

    static PyFloat f(double v) {
        return new PyFloat(v);
    }

    static PyTuple tuple(PyObject... items) {
        return PyTuple.of(items);
    }

    static PyList list(PyObject... items) {
        PyList l = new PyList();
        for (PyObject o : items) {
            l.appendOwned(o);
        }
        return l;
    }

    static PyList ints(long... values) {
        PyList l = new PyList();
        for (long v : values) {
            l.appendOwned(PyInt.of(v));
        }
        return l;
    }

    /** {@code module.fn(*args)}. */
    PyObject call(String module, String fn, PyObject... args) {
        return attr(module, fn).call(ts, args, 0, args.length, null);
    }

    /** {@code builtins.fn(*args)}. */
    PyObject b(String fn, PyObject... args) {
        return call("builtins", fn, args);
    }

    /** {@code module.fn(*positional, **keywords)}: keyword values follow the positional ones. */
    PyObject callKw(String module, String fn, PyObject[] positional, String[] names, PyObject... values) {
        PyObject[] argv = new PyObject[positional.length + values.length];
        System.arraycopy(positional, 0, argv, 0, positional.length);
        System.arraycopy(values, 0, argv, positional.length, values.length);
        return attr(module, fn).call(ts, argv, 0, positional.length, names);
    }

    String repr(PyObject o) {
        return o.repr(ts);
    }

    /** The repr of {@code module.fn(*args)}. */
    String r(String module, String fn, PyObject... args) {
        return repr(call(module, fn, args));
    }

    /** Asserts that running {@code body} raises {@code type} with str(exception) == {@code message}. */
    void raises(String type, String message, Runnable body) {
        PyException e = assertThrows(PyException.class, body::run);
        assertEquals(type + ": " + message, e.value.type().name() + ": " + e.value.str(ts));
    }

    /** What has been printed to sys.stdout, after flushing it. */
    String out() {
        SysModule.flushStdStreams(ts);
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    /** A user class (heap type) whose methods are Java bodies receiving self first. */
    PyType userClass(String name, Object... nameBodyPairs) {
        PyDict ns = new PyDict();
        for (int k = 0; k < nameBodyPairs.length; k += 2) {
            String method = (String) nameBodyPairs[k];
            BuiltinBody body = (BuiltinBody) nameBodyPairs[k + 1];
            ns.setStrSteal(ts, method, new PyMethodDescr(method, BuiltinTypes.OBJECT, body));
        }
        return PyType.heap(ts, name, name, "__main__", new PyType[0], ns);
    }

    /** An instance of a user class. */
    PyObject instance(PyType cls) {
        return cls.call(ts, new PyObject[0], 0, 0, null);
    }
}
