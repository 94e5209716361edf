package org.gilvm.objects;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Java I/O failures as the OSError subclasses CPython raises for the same errno, with
 * strerror texts from Linux's {@code strerror}, so {@code open('x.txt')} fails with
 * {@code FileNotFoundError: [Errno 2] No such file or directory: 'x.txt'}.
 */
public final class IOErrors {
    private IOErrors() {}

    /** @param filename the name the user gave, or null when the error is not about one file */
    public static PyException of(IOException e, String filename) {
        if (e instanceof NoSuchFileException) {
            return Errors.osError(ExceptionTypes.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", filename);
        }
        if (e instanceof AccessDeniedException) {
            return Errors.osError(ExceptionTypes.PERMISSION_ERROR, 13, "Permission denied", filename);
        }
        if (e instanceof FileAlreadyExistsException) {
            return Errors.osError(ExceptionTypes.FILE_EXISTS_ERROR, 17, "File exists", filename);
        }
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (reason == null) {
            reason = e.getClass().getSimpleName();
        }
        return switch (reason) {
            case "Is a directory" -> Errors.osError(ExceptionTypes.IS_A_DIRECTORY_ERROR, 21, reason, filename);
            case "Not a directory" -> Errors.osError(ExceptionTypes.NOT_A_DIRECTORY_ERROR, 20, reason, filename);
            case "Broken pipe" -> Errors.osError(ExceptionTypes.BROKEN_PIPE_ERROR, 32, reason, filename);
            case "No space left on device" -> Errors.osError(ExceptionTypes.OS_ERROR, 28, reason, filename);
            case "Too many open files" -> Errors.osError(ExceptionTypes.OS_ERROR, 24, reason, filename);
            case "Read-only file system" -> Errors.osError(ExceptionTypes.OS_ERROR, 30, reason, filename);
            default -> Errors.of(ExceptionTypes.OS_ERROR, reason);
        };
    }
}
