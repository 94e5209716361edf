package org.gilvm.builtins;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.locks.ReentrantLock;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.BuiltinTypes;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyByteArray;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyNone;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyType;

/**
 * {@code _hashlib.HASH}: a running digest (CPython's EVPobject, Modules/_hashopenssl.c) over
 * {@link MessageDigest}.
 *
 * <h2>The GIL, as CPython releases it</h2>
 * Hashing {@link #GIL_MINSIZE} bytes or more releases the GIL ({@code HASHLIB_GIL_MINSIZE}):
 * a constructor with such data hashes it with the GIL released; the first such
 * {@code update} gives the object a lock, and from then on every update takes the lock with
 * the GIL released, while {@code digest}, {@code hexdigest} and {@code copy} take it too
 * (waiting, if they must, with the GIL released: CPython's ENTER_HASHLIB). Strategies
 * without a GIL always take the lock: their threads may share an object at any time.
 *
 * <p>Bytes are immutable and hashed in place; a bytearray is copied first, since another
 * thread may change it while the GIL is released (CPython pins it with a buffer export).
 */
public final class PyHash extends PyObject {
    public static final PyType TYPE = PyType.builtinIn("_hashlib", "HASH", BuiltinTypes.OBJECT, null);

    /** CPython's HASHLIB_GIL_MINSIZE. */
    static final int GIL_MINSIZE = 2048;

    /** Python name, Java algorithm, block size: what CPython's OpenSSL build offers and the JDK has. */
    static final String[][] ALGORITHMS = {
            {"md5", "MD5", "64"}, {"sha1", "SHA-1", "64"}, {"sha224", "SHA-224", "64"},
            {"sha256", "SHA-256", "64"}, {"sha384", "SHA-384", "128"}, {"sha512", "SHA-512", "128"},
            {"sha3_224", "SHA3-224", "144"}, {"sha3_256", "SHA3-256", "136"}, {"sha3_384", "SHA3-384", "104"},
            {"sha3_512", "SHA3-512", "72"},
    };

    private final String name;
    private final int blockSize;
    private final MessageDigest md;
    private volatile ReentrantLock lock;

    private PyHash(String name, int blockSize, MessageDigest md, ReentrantLock lock) {
        this.name = name;
        this.blockSize = blockSize;
        this.md = md;
        this.lock = lock;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A new hash for algorithm {@code name} (any case, as OpenSSL takes it), fed {@code data} (null: none). */
    static PyHash create(ThreadState ts, String name, PyObject data) {
        String wanted = name.toLowerCase(java.util.Locale.ROOT);
        for (String[] a : ALGORITHMS) {
            if (a[0].equals(wanted)) {
                PyHash h;
                try {
                    h = new PyHash(a[0], Integer.parseInt(a[2]), MessageDigest.getInstance(a[1]), null);
                } catch (NoSuchAlgorithmException e) {
                    break;
                }
                if (data != null) {
                    try {
                        h.feedNew(ts, data);
                    } catch (RuntimeException e) {
                        ts.decref(h);
                        throw e;
                    }
                }
                return h;
            }
        }
        throw Errors.valueError("unsupported hash type " + name);
    }

    /** The bytes of a buffer argument, or CPython's TypeError; a bytearray is copied. */
    private static byte[] bufferOf(ThreadState ts, PyObject data) {
        if (data instanceof PyBytes b) {
            return b.value();
        }
        if (data instanceof PyByteArray b) {
            return b.bytes(ts);
        }
        if (data instanceof PyStr) {
            throw Errors.typeError("Strings must be encoded before hashing");
        }
        throw Errors.typeError("object supporting the buffer API required");
    }

    /** The constructor's data: a fresh object no other thread can see yet, so no lock. */
    private void feedNew(ThreadState ts, PyObject data) {
        byte[] b = bufferOf(ts, data);
        if (b.length >= GIL_MINSIZE) {
            try (ThreadState unlocked = ts.blocking()) {
                md.update(b);
            }
        } else {
            md.update(b);
        }
    }

    /** CPython's EVP_update. */
    void update(ThreadState ts, PyObject data) {
        byte[] b = bufferOf(ts, data);
        ReentrantLock l = lock;
        if (l == null && (b.length >= GIL_MINSIZE || !ts.strategy().gilEnabled())) {
            l = makeLock();
        }
        if (l == null) {
            md.update(b);
            return;
        }
        try (ThreadState unlocked = ts.blocking()) {
            l.lock();
            try {
                md.update(b);
            } finally {
                l.unlock();
            }
        }
    }

    private synchronized ReentrantLock makeLock() {
        if (lock == null) {
            lock = new ReentrantLock();
        }
        return lock;
    }

    /** ENTER_HASHLIB: the lock if there is one (waited for with the GIL released). */
    private ReentrantLock enter(ThreadState ts) {
        ReentrantLock l = lock;
        if (l == null && !ts.strategy().gilEnabled()) {
            l = makeLock();
        }
        if (l != null && !l.tryLock()) {
            try (ThreadState unlocked = ts.blocking()) {
                l.lock();
            }
        }
        return l;
    }

    /** The digest so far; the object can go on being updated. */
    byte[] digest(ThreadState ts) {
        ReentrantLock l = enter(ts);
        try {
            return cloneDigest().digest();
        } finally {
            if (l != null) {
                l.unlock();
            }
        }
    }

    PyHash copy(ThreadState ts) {
        ReentrantLock l = enter(ts);
        try {
            return new PyHash(name, blockSize, cloneDigest(), null);
        } finally {
            if (l != null) {
                l.unlock();
            }
        }
    }

    private MessageDigest cloneDigest() {
        try {
            return (MessageDigest) md.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's " + md.getAlgorithm() + " cannot be copied", e);
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String hex(byte[] b) {
        char[] out = new char[b.length * 2];
        for (int i = 0; i < b.length; i++) {
            out[2 * i] = HEX[(b[i] >> 4) & 15];
            out[2 * i + 1] = HEX[b[i] & 15];
        }
        return new String(out);
    }

    @Override
    public PyObject findAttr(ThreadState ts, String attr) {
        return switch (attr) {
            case "name" -> new PyStr(name);
            case "digest_size" -> PyInt.of(md.getDigestLength());
            case "block_size" -> PyInt.of(blockSize);
            default -> super.findAttr(ts, attr);
        };
    }

    @Override
    public String repr(ThreadState ts) {
        return "<" + name + " _hashlib.HASH object @ 0x" + Long.toHexString(ts.interp.ids.idOf(this)) + ">";
    }

    // ---- methods ----------------------------------------------------------------------

    @ExposedMethod(sig = "obj, /")
    static PyObject update(ThreadState ts, PyHash self, PyObject obj) {
        self.update(ts, obj);
        return PyNone.None;
    }

    @ExposedMethod
    static PyObject digest(ThreadState ts, PyHash self) {
        return new PyBytes(self.digest(ts));
    }

    @ExposedMethod
    static PyObject hexdigest(ThreadState ts, PyHash self) {
        return new PyStr(hex(self.digest(ts)));
    }

    @ExposedMethod
    static PyObject copy(ThreadState ts, PyHash self) {
        return self.copy(ts);
    }
}
