package org.gilvm.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code gilvm run [OPTIONS] FILE [ARGS...]}. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a Python program.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The program.")
    String file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Its arguments (sys.argv[1:]).")
    List<String> args = List.of();

    @Option(names = "--debug", description = "Show Java stack traces for internal errors.")
    boolean debug;

    @Mixin
    StrategyOptions options;

    @ParentCommand
    Main parent;

    @Override
    public Integer call() {
        return Launch.runFile(file, args, options.over(parent.options), parent.env, debug || parent.debug);
    }
}
