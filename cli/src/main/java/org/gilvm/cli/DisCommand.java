package org.gilvm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gilvm dis FILE [--function NAME]}: the bytecode listing, in CPython's format. */
@Command(name = "dis", mixinStandardHelpOptions = true, description = "Disassemble a program or one function.")
final class DisCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The program.")
    String file;

    @Option(names = "--function", paramLabel = "NAME", description = "Only this function (dotted for methods).")
    String function;

    @Option(names = "--debug", description = "Show Java stack traces for internal errors.")
    boolean debug;

    @Override
    public Integer call() {
        return Launch.dis(file, function, debug);
    }
}
