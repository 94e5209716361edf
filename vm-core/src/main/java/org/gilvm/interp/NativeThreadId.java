package org.gilvm.interp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The calling thread's id as the operating system knows it, CPython's
 * {@code PyThread_get_thread_native_id}: on Linux its TID, read from the
 * {@code /proc/thread-self} link (Java has no API for it). 0 elsewhere.
 */
final class NativeThreadId {
    private NativeThreadId() {}

    private static final Path THREAD_SELF = Path.of("/proc/thread-self");

    static long current() {
        try {
            // The link reads "<pid>/task/<tid>".
            String target = Files.readSymbolicLink(THREAD_SELF).toString();
            return Long.parseLong(target.substring(target.lastIndexOf('/') + 1));
        } catch (IOException | UnsupportedOperationException | NumberFormatException | SecurityException e) {
            return 0;
        }
    }
}
