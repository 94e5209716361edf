package org.gilvm.objects;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gilvm.interp.ThreadState;
import org.gilvm.spi.ObjectLocks;

/**
 * A file object: CPython's {@code io.TextIOWrapper} over a {@code BufferedReader}/
 * {@code BufferedWriter} over a {@code FileIO}, folded into one class. Binary modes
 * ({@code 'rb'}, {@code 'wb'}) skip the text layer and read and write bytes. The standard
 * streams ({@code sys.stdout}...) are instances wrapping the interpreter's Java streams.
 *
 * <h2>Reading</h2>
 * Done by a {@link TextIOReadBuffer}: 8 KiB chunks, decoded, with newlines translated as
 * characters are handed out. After reads, a text file's writes go where the reads left the
 * file (after the last chunk), a binary file's where the reader stopped, as in CPython.
 *
 * <h2>Writing</h2>
 * UTF-8 text accumulates in a StringBuilder and is encoded once per 8 KiB, so a loop of a
 * million prints costs a few hundred writes. Other encodings are encoded at each write (so
 * an unencodable character fails in the write that brought it, as in CPython) into the byte
 * buffer binary files use. Buffers are written out when full, at {@link #flush}, at
 * {@link #close}, and after each write containing a newline for line-buffered streams
 * (stderr, an interactive stdout). Under a GIL one thread at a time changes the buffers;
 * without one, this file's mutex guards them (see {@link #flushBuffer}).
 */
public final class PyTextIO extends PyObject implements Lockable {
    private static final int CHUNK = 8192;

    /** {@code io.UnsupportedOperation}, raised for reading a write-only file and the like. */
    public static final PyType UNSUPPORTED_OPERATION = PyType.builtin("UnsupportedOperation",
            ExceptionTypes.OS_ERROR, true, OSErrorMethods::construct);

    private static final java.lang.invoke.VarHandle MUTEX;

    static {
        try {
            MUTEX = java.lang.invoke.MethodHandles.lookup().findVarHandle(PyTextIO.class, "mutex", ObjectMutex.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Guards the buffers when there is no GIL; made on first use. */
    @SuppressWarnings("unused")
    private ObjectMutex mutex;

    @Override
    public ObjectMutex mutex() { return ObjectMutex.of(this, MUTEX); }

    /** Serialises the system calls of threads using this file (see {@link #flushBuffer}). */
    private final java.util.concurrent.locks.ReentrantLock io = new java.util.concurrent.locks.ReentrantLock();
    private final String name;
    private final String mode;
    private final boolean binary;
    private final boolean readable;
    private final boolean writable;
    /** Mode 'a': every write goes to the end of the file, wherever reads or seeks left it. */
    private final boolean append;
    /** The encoding as CPython reports it ({@code f.encoding}); null for binary files. */
    private final String encoding;
    private final Charset charset;
    private final CodingErrorAction onError;
    /** The {@code newline} argument: null for universal newlines with translation. */
    private final String newline;
    private final boolean lineBuffering;
    /** The open file, null for a standard stream (not seekable, never closed by us). */
    private final FileChannel file;
    private final InputStream in;
    private final OutputStream out;
    private boolean closed;

    /** The read side, created at the first read. */
    private TextIOReadBuffer reader;

    private final StringBuilder pendingText = new StringBuilder();
    private byte[] pendingBytes = new byte[0];
    private int pendingLen;

    private PyTextIO(String name, String mode, boolean readable, boolean writable, boolean append, Charset charset,
                     String encoding, CodingErrorAction onError, String newline, boolean lineBuffering,
                     FileChannel file, InputStream in, OutputStream out) {
        this.name = name;
        this.mode = mode;
        this.binary = charset == null;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        this.charset = charset;
        this.encoding = encoding;
        this.onError = onError;
        this.newline = newline;
        this.lineBuffering = lineBuffering;
        this.file = file;
        this.in = in;
        this.out = out;
    }

    /**
     * A file opened by {@code open()}. {@code charset} null means a binary file.
     *
     * @param newline null (universal newlines), "", "\n", "\r" or "\r\n"
     */
    public static PyTextIO forFile(String name, String mode, FileChannel ch, boolean readable, boolean writable,
                                   boolean append, Charset charset, String encoding, CodingErrorAction onError,
                                   String newline, boolean lineBuffering) {
        return new PyTextIO(name, mode, readable, writable, append, charset, encoding, onError, newline, lineBuffering,
                ch, readable ? Channels.newInputStream(ch) : null, writable ? Channels.newOutputStream(ch) : null);
    }

    /** {@code sys.stdin}: UTF-8 text read from {@code in}. */
    public static PyTextIO forInput(String name, InputStream in) {
        return new PyTextIO(name, "r", true, false, false, StandardCharsets.UTF_8, "utf-8", CodingErrorAction.REPORT,
                null, false, null, in, null);
    }

    /** {@code sys.stdout}/{@code sys.stderr}: UTF-8 text written to {@code out}. */
    public static PyTextIO forOutput(String name, OutputStream out, boolean lineBuffering) {
        return new PyTextIO(name, "w", false, true, false, StandardCharsets.UTF_8, "utf-8", CodingErrorAction.REPLACE,
                null, lineBuffering, null, null, out);
    }

    @Override
    public PyType type() { return BuiltinTypes.TEXT_IO; }

    public boolean isBinary() { return binary; }

    public boolean isClosed() { return closed; }

    public boolean isReadable() { return readable; }

    public boolean isWritable() { return writable; }

    public boolean isSeekable() { return file != null; }

    // ---- writing --------------------------------------------------------------------

    /** Writes text (a text file's {@code write}); print's fast path calls this directly. */
    public void write(ThreadState ts, String s) {
        checkWritable(ts);
        if (newline != null && newline.length() > 0 && !newline.equals("\n") && s.indexOf('\n') >= 0) {
            s = s.replace("\n", newline);
        }
        byte[] encoded = charset == StandardCharsets.UTF_8 ? null : encode(s);
        boolean full;
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            if (encoded == null) {
                pendingText.append(s);
            } else {
                appendBytes(encoded);
            }
            full = pendingText.length() + pendingLen >= CHUNK;
        } finally {
            g.unlock(ts, this);
        }
        if (full || lineBuffering && (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)) {
            flushBuffer(ts);
        }
    }

    /** Writes bytes (a binary file's {@code write}). */
    public void writeBytes(ThreadState ts, byte[] b) {
        checkWritable(ts);
        boolean full;
        ObjectLocks g = ts.locks();
        g.lock(ts, this);
        try {
            appendBytes(b);
            full = pendingLen >= CHUNK;
        } finally {
            g.unlock(ts, this);
        }
        if (full) {
            flushBuffer(ts);
        }
    }

    private void appendBytes(byte[] b) {
        if (pendingLen + b.length > pendingBytes.length) {
            pendingBytes = Arrays.copyOf(pendingBytes, Math.max(CHUNK, Math.max(pendingLen + b.length, pendingBytes.length * 2)));
        }
        System.arraycopy(b, 0, pendingBytes, pendingLen, b.length);
        pendingLen += b.length;
    }

    private byte[] encode(String s) {
        try {
            ByteBuffer bb = charset.newEncoder().onMalformedInput(onError).onUnmappableCharacter(onError)
                    .encode(CharBuffer.wrap(s));
            return Arrays.copyOfRange(bb.array(), bb.position(), bb.limit());
        } catch (CharacterCodingException e) {
            int at = firstUnencodable(s);
            int cp = s.codePointAt(at);
            String codec = TextIOReadBuffer.codecName(charset);
            throw Errors.of(ExceptionTypes.UNICODE_ENCODE_ERROR, "'" + codec + "' codec can't encode character '"
                    + (cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp)
                            : String.format("\\U%08x", cp)) + "' in position "
                    + s.codePointCount(0, at) + ": ordinal not in range(" + (codec.equals("ascii") ? 128 : 256) + ")");
        }
    }

    private int firstUnencodable(String s) {
        var enc = charset.newEncoder();
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            if (!enc.canEncode(s.substring(i, i + Character.charCount(s.codePointAt(i))))) {
                return i;
            }
        }
        return 0;
    }

    private void checkWritable(ThreadState ts) {
        if (closed) {
            throw Errors.valueError(binary ? "write to closed file" : "I/O operation on closed file.");
        }
        if (!writable) {
            throw Errors.of(UNSUPPORTED_OPERATION, binary ? "write" : "not writable");
        }
        if (reader != null && reader.hasReadAhead()) {
            discardReadAhead();
        }
    }

    /**
     * Writes out the buffered bytes: {@code flush()} minus the closed check. {@link #io} is
     * taken first and held until the bytes are written, so threads' writes reach the file in
     * the order their bytes left the buffers; the system call itself runs with the GIL
     * released (CPython's FileIO.write does Py_BEGIN_ALLOW_THREADS). Whoever holds {@code io}
     * never waits for the GIL ({@code io} is let go inside the blocking region), so a thread
     * holding the GIL may wait for {@code io} without deadlock. Without a GIL the buffers are
     * also guarded by this file's own mutex, always taken after {@code io}, never before.
     */
    private void flushBuffer(ThreadState ts) {
        io.lock();
        boolean locked = true;
        try {
            byte[] text = null;
            byte[] bytes = null;
            int n;
            ObjectLocks g = ts.locks();
            g.lock(ts, this);
            try {
                if (pendingText.length() > 0) {
                    text = pendingText.toString().getBytes(StandardCharsets.UTF_8);
                    pendingText.setLength(0);
                }
                n = pendingLen;
                if (n > 0) {
                    bytes = pendingBytes;
                    pendingBytes = new byte[Math.max(CHUNK, bytes.length)];
                    pendingLen = 0;
                }
            } finally {
                g.unlock(ts, this);
            }
            if (text == null && bytes == null) {
                writeOut(null, null, 0);
                return;
            }
            try (ThreadState unlocked = ts.blocking()) {
                try {
                    writeOut(text, bytes, n);
                } finally {
                    locked = false;
                    io.unlock();
                }
            }
        } finally {
            if (locked) {
                io.unlock();
            }
        }
    }

    /** Called with {@link #io} held. */
    private void writeOut(byte[] text, byte[] bytes, int n) {
        try {
            if (append && file != null && (text != null || n > 0)) {
                file.position(file.size());
            }
            if (text != null) {
                out.write(text);
            }
            if (n > 0) {
                out.write(bytes, 0, n);
            }
            out.flush();
        } catch (IOException e) {
            throw IOErrors.of(e, null);
        }
    }

    /** {@code f.flush()}. */
    public void flush(ThreadState ts) {
        if (closed) {
            throw Errors.valueError(binary ? "flush of closed file" : "I/O operation on closed file.");
        }
        if (writable) {
            flushBuffer(ts);
        }
    }

    /** {@code f.close()}: flushes, then closes the file; a second close does nothing. */
    public void close(ThreadState ts) {
        if (closed) {
            return;
        }
        try {
            if (writable) {
                flushBuffer(ts);
            }
        } finally {
            closed = true;
            if (file != null) {
                try {
                    file.close();
                } catch (IOException e) {
                    throw IOErrors.of(e, name);
                }
            }
        }
    }

    // ---- reading --------------------------------------------------------------------

    private TextIOReadBuffer checkReadable(ThreadState ts) {
        if (closed) {
            throw Errors.valueError(binary ? "read of closed file" : "I/O operation on closed file.");
        }
        if (!readable) {
            throw Errors.of(UNSUPPORTED_OPERATION, binary ? "read" : "not readable");
        }
        if (reader == null) {
            reader = new TextIOReadBuffer(in, charset, onError, newline);
        }
        if (pendingText.length() + pendingLen > 0) {
            flushBuffer(ts);
        }
        return reader;
    }

    /** {@code f.read(n)} on a text file: up to n code points, all when n is negative. */
    public String read(ThreadState ts, long n) {
        StringBuilder sb = new StringBuilder();
        TextIOReadBuffer r = checkReadable(ts);
        try (ThreadState unlocked = ts.blocking()) {
            io.lock();
            try {
                r.readText(sb, n, false);
            } finally {
                io.unlock();
            }
        }
        return sb.toString();
    }

    /** {@code f.readline(limit)}: one line with its terminator, "" at end of file. */
    public String readLine(ThreadState ts, long limit) {
        StringBuilder sb = new StringBuilder();
        TextIOReadBuffer r = checkReadable(ts);
        try (ThreadState unlocked = ts.blocking()) {
            io.lock();
            try {
                r.readText(sb, limit, true);
            } finally {
                io.unlock();
            }
        }
        return sb.toString();
    }

    /** {@code f.read(n)} on a binary file: up to n bytes (all when negative). */
    public byte[] readBytes(ThreadState ts, long n) {
        return checkReadable(ts).readBytes(n);
    }

    /** {@code f.readline(limit)} on a binary file: bytes up to and including b'\n'. */
    public byte[] readLineBytes(ThreadState ts, long limit) {
        return checkReadable(ts).readLineBytes(limit);
    }

    // ---- positioning ----------------------------------------------------------------

    private long unreadBytes() {
        return reader == null ? 0 : reader.unreadBytes();
    }

    private void resetReadState() {
        if (reader != null) {
            reader.reset();
        }
    }

    /**
     * Forgets the read-ahead before a write. A binary file first moves back to the first byte
     * not handed out (BufferedRandom does); a text file writes where its reads left the file,
     * after the last chunk read, as CPython's TextIOWrapper does.
     */
    private void discardReadAhead() {
        if (binary && file != null) {
            try {
                file.position(file.position() - unreadBytes());
            } catch (IOException e) {
                throw IOErrors.of(e, name);
            }
        }
        resetReadState();
    }

    private FileChannel seekable() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
        if (file == null) {
            throw Errors.of(UNSUPPORTED_OPERATION, "underlying stream is not seekable");
        }
        return file;
    }

    /** {@code f.tell()}: the byte position of the next character to read or write. */
    public long tell(ThreadState ts) {
        FileChannel ch = seekable();
        if (pendingText.length() + pendingLen > 0) {
            flushBuffer(ts);
        }
        try {
            return ch.position() - unreadBytes();
        } catch (IOException e) {
            throw IOErrors.of(e, name);
        }
    }

    /** {@code f.seek(offset, whence)} with CPython's text-mode restrictions. */
    public long seek(ThreadState ts, long offset, int whence) {
        FileChannel ch = seekable();
        if (whence < 0 || whence > 2) {
            throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (!binary && whence != 0 && offset != 0) {
            throw Errors.of(UNSUPPORTED_OPERATION, whence == 1 ? "can't do nonzero cur-relative seeks"
                    : "can't do nonzero end-relative seeks");
        }
        if (!binary && offset < 0) {
            throw Errors.valueError("negative seek position " + offset);
        }
        try {
            long target = whence == 0 ? offset : whence == 1 ? tell(ts) + offset : ch.size() + offset;
            if (target < 0) {
                throw Errors.osError(ExceptionTypes.OS_ERROR, 22, "Invalid argument", null);
            }
            if (pendingText.length() + pendingLen > 0) {
                flushBuffer(ts);
            }
            resetReadState();
            ch.position(target);
            return target;
        } catch (IOException e) {
            throw IOErrors.of(e, name);
        }
    }

    // ---- object protocol ------------------------------------------------------------

    @Override
    public PyObject iter(ThreadState ts) {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
        ts.incref(this);
        return this;
    }

    @Override
    public PyObject next(ThreadState ts) {
        if (binary) {
            byte[] b = readLineBytes(ts, -1);
            return b.length == 0 ? null : new PyBytes(b);
        }
        String line = readLine(ts, -1);
        return line.isEmpty() ? null : new PyStr(line);
    }

    @Override
    public PyObject findAttr(ThreadState ts, String attr) {
        return switch (attr) {
            case "closed" -> PyBool.of(closed);
            case "name" -> new PyStr(name);
            case "mode" -> new PyStr(mode);
            case "encoding" -> {
                if (binary) {
                    yield super.findAttr(ts, attr);
                }
                yield new PyStr(encoding);
            }
            case "line_buffering" -> PyBool.of(lineBuffering);
            default -> super.findAttr(ts, attr);
        };
    }

    @Override
    public String repr(ThreadState ts) {
        String n = StrRepr.repr(name);
        if (!binary) {
            return "<_io.TextIOWrapper name=" + n + " mode='" + mode + "' encoding='" + encoding + "'>";
        }
        String kind = readable && writable ? "BufferedRandom" : readable ? "BufferedReader" : "BufferedWriter";
        return "<_io." + kind + " name=" + n + ">";
    }

    /** A file that is never closed is closed (and flushed) when its last reference goes. */
    @Override
    public void dealloc(ThreadState ts) {
        try {
            close(ts);
        } catch (PyException e) {
            ts.interp.reportUnraisable(ts, e, "Exception ignored in: " + repr(ts));
        }
    }
}
