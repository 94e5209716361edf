package org.gilvm.interp;

/**
 * SHA-256 (FIPS 180-4) of a string's UTF-16 code units, for {@link CodeCache}'s keys.
 *
 * <p>Why not {@code MessageDigest.getInstance("SHA-256")}: its first call initialises the JCA
 * provider framework (reads the {@code java.security} file, builds the SUN provider's table
 * of services), which measured 9-15 ms here even from the launcher's AOT cache, about a
 * tenth of gilvm's start-up, paid by every program that imports a module. This class has no
 * set-up; {@code CodeCacheTest} checks it against {@code MessageDigest}.
 *
 * <p>Not thread-safe: one instance hashes one string.
 */
final class Sha256 {
    private static final int[] K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };

    private final int[] h = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    };
    private final int[] w = new int[64];

    private Sha256() {}

    /** The digest of {@code s}'s chars, each as two big-endian bytes, as eight big-endian ints. */
    static int[] digest(CharSequence s) {
        Sha256 sha = new Sha256();
        int len = s.length();
        int[] w = sha.w;
        // A block is 64 bytes: 32 chars, two to a word.
        int i = 0;
        for (; i + 32 <= len; i += 32) {
            for (int j = 0; j < 16; j++) {
                w[j] = s.charAt(i + 2 * j) << 16 | s.charAt(i + 2 * j + 1);
            }
            sha.compress();
        }
        // The tail, the 0x80 byte, zeros, and the length in bits in the last 8 bytes.
        byte[] tail = new byte[128];
        int n = 0;
        for (; i < len; i++) {
            char c = s.charAt(i);
            tail[n++] = (byte) (c >>> 8);
            tail[n++] = (byte) c;
        }
        tail[n++] = (byte) 0x80;
        int blocks = n + 8 <= 64 ? 1 : 2;
        long bits = 16L * len;
        for (int b = 0; b < 8; b++) {
            tail[64 * blocks - 1 - b] = (byte) (bits >>> (8 * b));
        }
        for (int b = 0; b < blocks; b++) {
            for (int j = 0; j < 16; j++) {
                int o = 64 * b + 4 * j;
                w[j] = (tail[o] & 0xff) << 24 | (tail[o + 1] & 0xff) << 16 | (tail[o + 2] & 0xff) << 8
                        | tail[o + 3] & 0xff;
            }
            sha.compress();
        }
        return sha.h;
    }

    /** The compression function over the block in {@code w[0..15]}. */
    private void compress() {
        int[] w = this.w;
        for (int t = 16; t < 64; t++) {
            int x = w[t - 15], y = w[t - 2];
            int s0 = Integer.rotateRight(x, 7) ^ Integer.rotateRight(x, 18) ^ (x >>> 3);
            int s1 = Integer.rotateRight(y, 17) ^ Integer.rotateRight(y, 19) ^ (y >>> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        int a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int t = 0; t < 64; t++) {
            int s1 = Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25);
            int ch = (e & f) ^ (~e & g);
            int t1 = hh + s1 + ch + K[t] + w[t];
            int s0 = Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22);
            int maj = (a & b) ^ (a & c) ^ (b & c);
            int t2 = s0 + maj;
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
    }
}
