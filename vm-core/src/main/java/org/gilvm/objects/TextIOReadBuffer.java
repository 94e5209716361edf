package org.gilvm.objects;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The read side of a {@link PyTextIO}: CPython's BufferedReader and the TextIOWrapper's
 * incremental decoder in one. Bytes are read in 8 KiB chunks into {@link #raw} and decoded
 * into {@link #chars}; newline translation (universal newlines by default) happens as chars
 * are handed out, so the undelivered tail {@code chars[pos..lim)} is still the file's text and
 * can be re-encoded to find the file position ({@link #unreadBytes}).
 */
final class TextIOReadBuffer {
    private static final int CHUNK = 8192;

    private final InputStream in;
    /** Null for a binary file. */
    private final Charset charset;
    /** The {@code newline} argument: null for universal newlines with translation. */
    private final String newline;
    private final CharsetDecoder decoder;
    private ByteBuffer raw = ByteBuffer.allocate(CHUNK).flip();
    private boolean eof;
    private boolean drained;
    /** Bytes decoded before {@code raw}'s start: positions in decode errors. */
    private long rawOffset;
    private char[] chars = new char[0];
    private int pos;
    private int lim;

    TextIOReadBuffer(InputStream in, Charset charset, CodingErrorAction onError, String newline) {
        this.in = in;
        this.charset = charset;
        this.newline = newline;
        this.decoder = charset == null ? null
                : charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    }

    /** Whether bytes or chars have been read ahead of what was handed out. */
    boolean hasReadAhead() {
        return pos < lim || raw.hasRemaining();
    }

    /**
     * Appends up to {@code max} code points (all when negative), stopping after a line end
     * when {@code line}: CPython's universal-newlines decoder and readline in one loop.
     */
    void readText(StringBuilder sb, long max, boolean line) {
        boolean lfEnds = newline == null || newline.isEmpty() || newline.equals("\n");
        long taken = 0;
        while (max < 0 || taken < max) {
            if (pos == lim && !fillChars()) {
                return;
            }
            char c = chars[pos];
            if (c == '\r' && !"\n".equals(newline)) {
                boolean crOnly = "\r".equals(newline);
                if (!crOnly && pos + 1 == lim) {
                    fillChars();
                }
                boolean crlf = !crOnly && pos + 1 < lim && chars[pos + 1] == '\n';
                if (crlf || !"\r\n".equals(newline)) {
                    pos += crlf ? 2 : 1;
                    sb.append(newline == null ? "\n" : crlf ? "\r\n" : "\r");
                    taken++;
                    if (line) {
                        return;
                    }
                    continue;
                }
            }
            pos++;
            sb.append(c);
            taken++;
            if (Character.isHighSurrogate(c)) {
                if (pos == lim) {
                    fillChars();
                }
                if (pos < lim && Character.isLowSurrogate(chars[pos])) {
                    sb.append(chars[pos++]);
                }
            } else if (c == '\n' && line && lfEnds) {
                return;
            }
        }
    }

    /** Decodes more chars after the undelivered ones; false when the file has no more. */
    private boolean fillChars() {
        if (pos > 0) {
            System.arraycopy(chars, pos, chars, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        if (chars.length - lim < CHUNK / 2) {
            chars = Arrays.copyOf(chars, Math.max(CHUNK, chars.length * 2));
        }
        int before = lim;
        while (!drained) {
            CharBuffer cb = CharBuffer.wrap(chars, lim, chars.length - lim);
            CoderResult r = decoder.decode(raw, cb, eof);
            if (r.isError()) {
                throw decodeError(r);
            }
            if (eof && r.isUnderflow()) {
                decoder.flush(cb);
                drained = true;
            }
            lim = cb.position();
            if (lim > before) {
                return true;
            }
            if (!drained) {
                readRaw();
            }
        }
        return lim > before;
    }

    /** Reads the next chunk of bytes after the unconsumed ones; sets {@link #eof} at the end. */
    private void readRaw() {
        rawOffset += raw.position();
        raw.compact();
        try {
            if (!raw.hasRemaining()) {
                raw = ByteBuffer.allocate(raw.capacity() * 2).put(raw.flip());
            }
            int n = in.read(raw.array(), raw.position(), raw.remaining());
            if (n < 0) {
                eof = true;
            } else {
                raw.position(raw.position() + n);
            }
        } catch (IOException e) {
            throw IOErrors.of(e, null);
        } finally {
            raw.flip();
        }
    }

    /** The codec name CPython's Unicode errors show: "utf-8", "latin-1", "ascii"... */
    static String codecName(Charset charset) {
        if (charset == StandardCharsets.UTF_8) {
            return "utf-8";
        }
        if (charset == StandardCharsets.ISO_8859_1) {
            return "latin-1";
        }
        return charset == StandardCharsets.US_ASCII ? "ascii" : charset.name().toLowerCase(java.util.Locale.ROOT);
    }

    private PyException decodeError(CoderResult r) {
        int b = raw.get(raw.position()) & 0xff;
        String codec = codecName(charset);
        String reason;
        if (!codec.startsWith("utf")) {
            reason = "ordinal not in range(128)";
        } else if ((b & 0xc0) == 0x80 || b >= 0xf8 || b == 0xc0 || b == 0xc1) {
            reason = "invalid start byte";
        } else if (eof && r.length() == raw.remaining()) {
            reason = "unexpected end of data";
        } else {
            reason = "invalid continuation byte";
        }
        return Errors.of(ExceptionTypes.UNICODE_DECODE_ERROR, "'" + codec + "' codec can't decode byte 0x"
                + String.format("%02x", b) + " in position " + (rawOffset + raw.position()) + ": " + reason);
    }

    /** {@code f.read(n)} on a binary file: up to n bytes (all when negative). */
    byte[] readBytes(long n) {
        ByteArrayOutputStream acc = new ByteArrayOutputStream();
        while (n < 0 || acc.size() < n) {
            if (!raw.hasRemaining()) {
                if (eof) {
                    break;
                }
                readRaw();
                continue;
            }
            int take = (int) Math.min(raw.remaining(), n < 0 ? Integer.MAX_VALUE : n - acc.size());
            acc.write(raw.array(), raw.position(), take);
            raw.position(raw.position() + take);
        }
        return acc.toByteArray();
    }

    /** {@code f.readline(limit)} on a binary file: bytes up to and including b'\n'. */
    byte[] readLineBytes(long limit) {
        ByteArrayOutputStream acc = new ByteArrayOutputStream();
        while (limit < 0 || acc.size() < limit) {
            if (!raw.hasRemaining()) {
                if (eof) {
                    break;
                }
                readRaw();
                continue;
            }
            byte b = raw.get();
            acc.write(b);
            if (b == '\n') {
                break;
            }
        }
        return acc.toByteArray();
    }

    /** How many bytes were read from the file but not yet handed out. */
    long unreadBytes() {
        long n = raw.remaining();
        if (pos < lim) {
            n += charset.encode(CharBuffer.wrap(chars, pos, lim - pos)).remaining();
        }
        return n;
    }

    /** Forgets everything read ahead, after a seek. */
    void reset() {
        raw.clear().flip();
        pos = lim = 0;
        eof = drained = false;
        if (decoder != null) {
            decoder.reset();
        }
    }
}
