package org.gilvm.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code gilvm --version}: ours, the Python version we model, and the JVM we run on. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"gilvm " + (v == null ? "0.1.0-SNAPSHOT" : v) + " (Python 3.11 language) on Java "
                + Runtime.version()};
    }
}
