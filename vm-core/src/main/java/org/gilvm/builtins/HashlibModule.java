package org.gilvm.builtins;

import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyFrozenSet;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;

/**
 * {@code _hashlib}, CPython's Modules/_hashopenssl.c over the JDK's {@link java.security.MessageDigest}:
 * the constructors the bundled {@code hashlib} module exports. A native builtin that releases
 * the GIL while it works on large inputs ({@link PyHash}): the seeds' "use a C extension".
 *
 * <p>Not here: blake2b, blake2s, shake_128 and shake_256 (the JDK has none of them), pbkdf2,
 * scrypt, hmac, file_digest.
 */
@ExposedModule(name = "_hashlib")
public final class HashlibModule {
    private HashlibModule() {}

    static void init(ThreadState ts, PyDict dict) {
        dict.setStr(ts, "HASH", PyHash.TYPE);
        PyFrozenSet names = new PyFrozenSet();
        for (String[] a : PyHash.ALGORITHMS) {
            PyStr s = new PyStr(a[0]);
            names.add(ts, s);
            ts.decref(s);
        }
        dict.setStrSteal(ts, "openssl_md_meth_names", names);
    }

    /** {@code _hashlib.new(name, string=b'', *, usedforsecurity=True)}. */
    @ExposedFunction(name = "new", sig = "name, string=?, *, usedforsecurity=True")
    static PyObject new_(ThreadState ts, PyObject name, PyObject string, PyObject usedforsecurity) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("new() argument 'name' must be str, not " + name.type().name());
        }
        return PyHash.create(ts, s.value(), string);
    }

    @ExposedFunction(name = "openssl_md5", sig = "string=?, *, usedforsecurity=True")
    static PyObject md5(ThreadState ts, PyObject string, PyObject usedforsecurity) {
        return PyHash.create(ts, "md5", string);
    }

    @ExposedFunction(name = "openssl_sha1", sig = "string=?, *, usedforsecurity=True")
    static PyObject sha1(ThreadState ts, PyObject string, PyObject usedforsecurity) {
        return PyHash.create(ts, "sha1", string);
    }

    @ExposedFunction(name = "openssl_sha224", sig = "string=?, *, usedforsecurity=True")
    static PyObject sha224(ThreadState ts, PyObject string, PyObject usedforsecurity) {
        return PyHash.create(ts, "sha224", string);
    }

    @ExposedFunction(name = "openssl_sha256", sig = "string=?, *, usedforsecurity=True")
    static PyObject sha256(ThreadState ts, PyObject string, PyObject usedforsecurity) {
        return PyHash.create(ts, "sha256", string);
    }

    @ExposedFunction(name = "openssl_sha384", sig = "string=?, *, usedforsecurity=True")
    static PyObject sha384(ThreadState ts, PyObject string, PyObject usedforsecurity) {
        return PyHash.create(ts, "sha384", string);
    }

    @ExposedFunction(name = "openssl_sha512", sig = "string=?, *, usedforsecurity=True")
    static PyObject sha512(ThreadState ts, PyObject string, PyObject usedforsecurity) {
        return PyHash.create(ts, "sha512", string);
    }

    @ExposedFunction(name = "openssl_sha3_224", sig = "string=?, *, usedforsecurity=True")
    static PyObject sha3224(ThreadState ts, PyObject string, PyObject usedforsecurity) {
        return PyHash.create(ts, "sha3_224", string);
    }

    @ExposedFunction(name = "openssl_sha3_256", sig = "string=?, *, usedforsecurity=True")
    static PyObject sha3256(ThreadState ts, PyObject string, PyObject usedforsecurity) {
        return PyHash.create(ts, "sha3_256", string);
    }

    @ExposedFunction(name = "openssl_sha3_384", sig = "string=?, *, usedforsecurity=True")
    static PyObject sha3384(ThreadState ts, PyObject string, PyObject usedforsecurity) {
        return PyHash.create(ts, "sha3_384", string);
    }

    @ExposedFunction(name = "openssl_sha3_512", sig = "string=?, *, usedforsecurity=True")
    static PyObject sha3512(ThreadState ts, PyObject string, PyObject usedforsecurity) {
        return PyHash.create(ts, "sha3_512", string);
    }
}
