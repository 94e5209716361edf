package org.gilvm.cli;

import java.util.List;
import java.util.Map;
import org.gilvm.Gilvm;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code gilvm} command. {@code gilvm FILE} is {@code gilvm run FILE}; {@code -c CODE}
 * runs a string. Both take the strategy options ({@link StrategyOptions}) before the
 * program. Exit codes: the program's own (0, 1 for an uncaught exception, sys.exit's value),
 * 2 for a usage error (bad flag, bad config, missing file), 70 for an internal error.
 */
@Command(name = "gilvm", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A Python VM whose concurrency and memory-management design is a plug-in.",
        subcommands = {RunCommand.class, DisCommand.class, StrategiesCommand.class, ExperimentCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @Option(names = "-c", paramLabel = "CODE", description = "Run CODE as a program.")
    String code;

    @Option(names = "--debug", description = "Show Java stack traces for internal errors.")
    boolean debug;

    @Mixin
    StrategyOptions options;

    @Parameters(paramLabel = "FILE [ARGS]", arity = "0..*", description = "A script to run, then its arguments.")
    List<String> fileAndArgs;

    /** The process environment, or the one a test gives: only GILVM_CONFIG is read. */
    final Map<String, String> env;

    Main(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (code != null) {
            return Launch.runCode(code, fileAndArgs == null ? List.of() : fileAndArgs, options, env, debug);
        }
        if (fileAndArgs == null || fileAndArgs.isEmpty()) {
            System.err.println("gilvm: no program given (try 'gilvm run FILE' or 'gilvm --help')");
            return 2;
        }
        return Launch.runFile(fileAndArgs.get(0), fileAndArgs.subList(1, fileAndArgs.size()), options, env, debug);
    }

    public static void main(String[] args) {
        Gilvm.prepare();
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int execute(String... args) {
        return execute(System.getenv(), args);
    }

    /** As {@link #execute(String...)}, with {@code env} in place of the process environment. */
    static int execute(Map<String, String> env, String... args) {
        CommandLine cl = new CommandLine(new Main(env));
        cl.setStopAtPositional(true);
        // This reaches every subcommand; `dis FILE --function F` takes options after FILE.
        cl.getSubcommands().get("dis").setStopAtPositional(false);
        cl.setParameterExceptionHandler((ex, a) -> {
            System.err.println("gilvm: " + ex.getMessage());
            return 2;
        });
        if (CheckRefsChild.needed(cl, args)) {
            return CheckRefsChild.run(args);
        }
        return cl.execute(args);
    }
}
