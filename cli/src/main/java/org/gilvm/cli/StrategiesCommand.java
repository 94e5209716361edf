package org.gilvm.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.gilvm.spi.SingleThreadStrategy;
import org.gilvm.spi.Strategies;
import org.gilvm.spi.StrategyProvider;
import picocli.CommandLine.Command;

/** {@code gilvm strategies}: the installed strategies, one line each, the default marked. */
@Command(name = "strategies", mixinStandardHelpOptions = true,
        description = "List the installed execution strategies: the ids that --strategy and the config's"
                + " strategy key take.")
final class StrategiesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        List<StrategyProvider> all = Strategies.installed();
        if (all.isEmpty()) {
            System.out.println("No strategy is installed: programs run on the built-in '" + SingleThreadStrategy.ID
                    + "' fallback, which cannot start threads.");
        } else {
            System.out.print(format(all));
        }
        return 0;
    }

    /** One line per provider: its id (padded so descriptions line up), its description, the default marked. */
    static String format(List<StrategyProvider> providers) {
        int width = 0;
        for (StrategyProvider p : providers) {
            width = Math.max(width, p.id().length());
        }
        StringBuilder b = new StringBuilder();
        for (StrategyProvider p : providers) {
            b.append(p.id()).append(" ".repeat(width - p.id().length() + 2)).append(p.description());
            if (p.id().equals(Strategies.DEFAULT_ID)) {
                b.append(" (default)");
            }
            b.append('\n');
        }
        return b.toString();
    }
}
