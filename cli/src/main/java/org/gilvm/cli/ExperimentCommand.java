package org.gilvm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.gilvm.experiment.Experiment;
import org.gilvm.experiment.Settings;
import org.gilvm.experiment.Variant;
import org.gilvm.experiment.Workload;
import org.gilvm.spi.Strategies;
import org.gilvm.spi.StrategyProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gilvm experiment}: runs the workloads under each strategy (and python3) and writes
 * the report that checks the seeds' claims. Argument errors exit 2 with one line, before
 * anything runs.
 */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Run the workloads under each strategy (and CPython), each run in a fresh process, and write"
                + " report.md, report.html, charts, results.json and results.csv.")
final class ExperimentCommand implements Callable<Integer> {
    @Option(names = "--workloads", split = ",", paramLabel = "NAME",
            description = "Workloads to run (default: all): ${COMPLETION-CANDIDATES}.", completionCandidates = WorkloadNames.class)
    List<String> workloads;

    @Option(names = "--strategies", split = ",", paramLabel = "ID[:SETTING]",
            description = "Designs to run under (default: gil, atomic-refcount, tracing, unsafe-refcount). A setting picks "
                    + "gil's switch points or policy: gil:every-instruction, gil:legacy-ticks.")
    List<String> strategies;

    @Option(names = "--threads", split = ",", paramLabel = "N", description = "Thread counts (default 1,2,4; --quick: 1,2).")
    List<Integer> threads;

    @Option(names = "--repeat", paramLabel = "N", description = "Measured runs per cell (default 3, --quick too).")
    Integer repeat;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the report goes (default experiment-results/DATE-TIME).")
    Path out;

    @Option(names = "--with-cpython", description = "Also run every workload under python3, as the baseline.")
    boolean withCpython;

    @Option(names = "--python", paramLabel = "PATH", defaultValue = "python3", description = "The CPython for --with-cpython (default python3).")
    String python;

    @Option(names = "--quick", description = "Smaller sizes, threads 1,2, no discarded warm-up run: every claim checked in a few minutes.")
    boolean quick;

    @Option(names = "--no-warmup", description = "Skip the discarded warm-up run of each cell.")
    boolean noWarmup;

    @Option(names = "--prometheus", arity = "0..1", fallbackValue = "127.0.0.1:9464", paramLabel = "HOST:PORT",
            description = "Serve each run's metrics while it runs (default 127.0.0.1:9464), to watch the matrix in Grafana.")
    String prometheus;

    @Option(names = "--workloads-dir", paramLabel = "DIR", description = "Where the workload programs are (default examples/workloads).")
    Path workloadsDir;

    /** The names --workloads accepts, for the help text. */
    static final class WorkloadNames extends ArrayList<String> {
        WorkloadNames() {
            super(Workload.ALL.stream().map(Workload::name).toList());
        }
    }

    private final Map<String, String> env;

    ExperimentCommand() {
        this(System.getenv());
    }

    ExperimentCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Settings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            System.err.println("gilvm experiment: " + e.getMessage());
            return Launch.EXIT_USAGE;
        }
        try {
            new Experiment(settings, System.err).run();
            return 0;
        } catch (IOException e) {
            System.err.println("gilvm experiment: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("gilvm experiment: interrupted");
            return 130;
        }
    }

    Settings settings() {
        List<Workload> ws = new ArrayList<>();
        for (String name : workloads == null ? Workload.ALL.stream().map(Workload::name).toList() : workloads) {
            Workload w = Workload.byName(name);
            if (w == null) {
                throw new IllegalArgumentException("unknown workload '" + name + "' (valid: "
                        + String.join(", ", new WorkloadNames()) + ")");
            }
            ws.add(w);
        }
        List<Variant> vs = new ArrayList<>();
        List<String> installed = Strategies.installed().stream().map(StrategyProvider::id).toList();
        for (String s : strategies == null ? Variant.DEFAULT_STRATEGIES : strategies) {
            Variant v = Variant.parse(s);
            if (!v.isCpython() && !installed.contains(v.strategy())) {
                throw new IllegalArgumentException("unknown strategy '" + v.strategy() + "' (valid: "
                        + String.join(", ", installed) + ")");
            }
            vs.add(v);
        }
        if (withCpython && vs.stream().noneMatch(Variant::isCpython)) {
            if (!runs(python)) {
                throw new IllegalArgumentException("--with-cpython: cannot run '" + python + "' (install python3 or pass --python PATH)");
            }
            vs.add(Variant.cpython());
        }
        List<Integer> ts = threads != null ? threads : quick ? List.of(1, 2) : List.of(1, 2, 4);
        for (int t : ts) {
            if (t < 1 || t > 256) {
                throw new IllegalArgumentException("--threads: " + t + " is not between 1 and 256");
            }
        }
        int rep = repeat != null ? repeat : 3;
        if (rep < 1) {
            throw new IllegalArgumentException("--repeat: must be at least 1");
        }
        Path dir = workloadsDir != null ? workloadsDir : findWorkloads();
        for (Workload w : ws) {
            if (!Files.isRegularFile(dir.resolve(w.file()))) {
                throw new IllegalArgumentException("workload file not found: " + dir.resolve(w.file()));
            }
        }
        Path o = out != null ? out : Path.of("experiment-results",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        return new Settings(List.copyOf(ws), List.copyOf(vs), List.copyOf(ts), rep, o.toAbsolutePath(), quick,
                !quick && !noWarmup, gilvmCommand(), python, dir.toAbsolutePath(), prometheus);
    }

    /**
     * How to start gilvm for each run: the launcher that started us (it exports its path), so
     * children get its JVM flags and start-up cache; else this JVM's java and class path.
     */
    List<String> gilvmCommand() {
        String launcher = env.get("GILVM_LAUNCHER");
        if (launcher != null && Files.isExecutable(Path.of(launcher))) {
            return List.of(launcher);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xss8m", "-XX:+UseParallelGC", "-Xmn32m", "-XX:+UseCondCardMark", "-cp",
                System.getProperty("java.class.path"), Main.class.getName());
    }

    private Path findWorkloads() {
        String launcher = env.get("GILVM_LAUNCHER");
        if (launcher != null) {
            Path p = Path.of(launcher).toAbsolutePath().getParent().resolve("examples/workloads");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path p = d.resolve("examples/workloads");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalArgumentException("cannot find examples/workloads (run from the gilvm checkout, or pass --workloads-dir)");
    }

    private static boolean runs(String python) {
        try {
            Process p = new ProcessBuilder(python, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
