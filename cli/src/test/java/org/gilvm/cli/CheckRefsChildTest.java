package org.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.util.List;
import org.gilvm.objects.ObjectRegistry;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** When {@code --check-refs} re-runs the command in a child JVM, and with what command line. */
class CheckRefsChildTest {

    /** A command shaped like gilvm's: options, then the program and its arguments. */
    @Command(name = "t")
    static final class Cmd {
        @Option(names = "--check-refs")
        boolean checkRefs;

        @Parameters
        List<String> programAndArgs;
    }

    private static CommandLine commandLine() {
        return new CommandLine(new Cmd()).setStopAtPositional(true);
    }

    @Test
    void theFlagBeforeTheProgramNeedsAChildJvmWhenThisOneDoesNotTrack() {
        assumeFalse(ObjectRegistry.ENABLED, "this JVM tracks objects");
        assertTrue(CheckRefsChild.needed(commandLine(), new String[] {"--check-refs", "p.py"}));
    }

    @Test
    void theFlagAsAnArgumentOfTheProgramOrABadCommandLineNeedsNone() {
        assertFalse(CheckRefsChild.needed(commandLine(), new String[] {"p.py", "--check-refs"}));
        assertFalse(CheckRefsChild.needed(commandLine(), new String[] {"p.py"}));
        assertFalse(CheckRefsChild.needed(commandLine(), new String[] {"--check-refs", "--no-such-flag", "p.py"}));
    }

    @Test
    void theChildIsThisJavaWithTrackingOnTheSameClassPathAndTheSameArguments() {
        List<String> cmd = CheckRefsChild.command(new String[] {"--check-refs", "p.py", "an arg"});
        assertEquals(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dgilvm.checkRefs=true", "-Xss8m", "-cp", System.getProperty("java.class.path"),
                "org.gilvm.cli.Main", "--check-refs", "p.py", "an arg"), cmd);
    }
}
