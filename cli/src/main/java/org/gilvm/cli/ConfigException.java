package org.gilvm.cli;

/**
 * A config file or flag that cannot be used. The message is the one line the user sees
 * after {@code gilvm: }: where (file and line, or the flag), which key, what is wrong and
 * what would be right. Value checks throw it with the problem alone; the loader and the
 * flags add where with {@link #at}.
 */
final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    ConfigException(String message) {
        // One line whatever went in: a key or a YAML parser message can hold line breaks.
        super(message.replace('\n', ' ').replace('\r', ' '), null, false, false);
    }

    /** The same problem, said to be at {@code where} (e.g. {@code "gilvm.yaml, line 3: gil.policy"}). */
    ConfigException at(String where) {
        return new ConfigException(where + ": " + getMessage());
    }
}
