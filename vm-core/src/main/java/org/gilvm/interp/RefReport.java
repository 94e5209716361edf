package org.gilvm.interp;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gilvm.objects.ObjectRegistry;
import org.gilvm.objects.PyObject;

/**
 * What {@code --check-refs} finds at exit, after {@link Finalization}: the tracked objects
 * still alive (not freed, not immortal), sorted the way CPython's cyclic GC would see them.
 *
 * <p>For each survivor, the references found from the other survivors ({@link RefGraph}) are
 * compared with its count:
 * <ul>
 * <li>more count than references: some reference the VM holds is not owned by any object
 *     (a new reference never decref'd, an extra incref): a {@code leak:}, a VM bug;</li>
 * <li>fewer: an object holds a reference it never incref'd, so it will be freed while still
 *     in use: a {@code missing-incref:}, a VM bug;</li>
 * <li>equal, and not reachable from a leak: garbage that only other garbage refers to, which
 *     can only be a reference cycle (CPython's GC would free it): listed as {@code cycle:}
 *     groups, one per strongly connected component.</li>
 * </ul>
 * Objects that a leak or a cycle keeps alive are counted, not listed: fixing the leak or
 * breaking the cycle frees them.
 *
 * <p>Each finding is one line starting with its kind, so a test can compare them; a cycle's
 * line names the types of its members, sorted, which is what the expectations of
 * {@code tests/golden/CHECK_REFS_CYCLES} match.
 */
final class RefReport {
    static final String HEADER = "gilvm --check-refs:";
    /** Findings listed one by one per kind; the rest are only counted (and leaks summed by type). */
    private static final int MAX_LISTED = 100;
    private static final int MAX_REFERRERS = 5;
    private static final int ORIGIN_FRAMES = 8;

    private final ObjectRegistry registry;
    private final RefGraph graph;
    private final long created;
    private final List<Integer> leaks = new ArrayList<>();
    private final List<Integer> missing = new ArrayList<>();
    private final List<int[]> cycles;
    private final int keptByLeaks;
    private final int keptByCycles;

    private RefReport(ObjectRegistry registry) {
        this.registry = registry;
        this.graph = new RefGraph(registry.survivors());
        this.created = registry.created();
        int n = graph.size();
        boolean[] leakRoot = new boolean[n];
        for (int i = 0; i < n; i++) {
            int excess = graph.nodes.get(i).refcnt - graph.in[i].length;
            if (excess > 0) {
                leakRoot[i] = true;
                leaks.add(i);
                RunEvents.leakAtExit(graph.nodes.get(i).type().name());
            } else if (excess < 0) {
                missing.add(i);
            }
        }
        boolean[] kept = graph.reachableFrom(leakRoot);
        boolean[] garbage = new boolean[n];
        int garbageCount = 0;
        for (int i = 0; i < n; i++) {
            garbage[i] = !kept[i];
            garbageCount += garbage[i] ? 1 : 0;
        }
        keptByLeaks = n - garbageCount - leaks.size();
        cycles = graph.cycles(garbage);
        int inCycles = 0;
        for (int[] c : cycles) {
            inCycles += c.length;
        }
        keptByCycles = garbageCount - inCycles;
        cycles.sort((a, b) -> signature(a).compareTo(signature(b)));
    }

    static RefReport of(ObjectRegistry registry) {
        return new RefReport(registry);
    }

    /** Whether the VM got a count wrong: leaks and missing increfs, not cycles. */
    boolean hasCountErrors() {
        return !leaks.isEmpty() || !missing.isEmpty();
    }

    void print(PrintStream err) {
        err.println(summary());
        listSingles(err, "leak", leaks);
        listSingles(err, "missing-incref", missing);
        if (leaks.size() > 10) {
            err.println("leaks by type: " + byType(leaks));
        }
        for (int k = 0; k < cycles.size() && k < MAX_LISTED; k++) {
            int[] c = cycles.get(k);
            err.println(signature(c));
            for (int i : c) {
                err.println("    " + describe(i));
            }
        }
        if (cycles.size() > MAX_LISTED) {
            err.println("... and " + (cycles.size() - MAX_LISTED) + " more cycles");
        }
        err.flush();
    }

    private String summary() {
        int alive = graph.size();
        if (alive == 0) {
            return HEADER + " " + created + " objects created, all freed at exit";
        }
        StringBuilder sb = new StringBuilder(HEADER).append(' ').append(created).append(" objects created, ")
                .append(alive).append(" alive at exit: ").append(plural(leaks.size(), "leak"));
        if (!missing.isEmpty()) {
            sb.append(", ").append(plural(missing.size(), "missing incref"));
        }
        int inCycles = alive - keptByLeaks - keptByCycles - leaks.size();
        sb.append(", ").append(plural(cycles.size(), "cycle")).append(" (").append(plural(inCycles, "object"))
                .append(')');
        if (keptByLeaks > 0) {
            sb.append(", ").append(keptByLeaks).append(" kept alive by leaks");
        }
        if (keptByCycles > 0) {
            sb.append(", ").append(keptByCycles).append(" kept alive by cycles");
        }
        return sb.toString();
    }

    private void listSingles(PrintStream err, String kind, List<Integer> which) {
        for (int k = 0; k < which.size() && k < MAX_LISTED; k++) {
            err.println(kind + ": " + describe(which.get(k)));
            printOrigin(err, graph.nodes.get(which.get(k)));
        }
        if (which.size() > MAX_LISTED) {
            err.println("... and " + (which.size() - MAX_LISTED) + " more (" + kind + ")");
        }
    }

    /** The object, its count, and who refers to it. */
    private String describe(int i) {
        PyObject o = graph.nodes.get(i);
        int[] from = graph.in[i];
        StringBuilder sb = new StringBuilder(SafeRepr.of(o)).append(" refcnt=").append(o.refcnt).append(", ");
        if (from.length == 0) {
            return sb.append("no references found").toString();
        }
        sb.append(plural(from.length, "reference")).append(" found: from ");
        for (int k = 0; k < from.length && k < MAX_REFERRERS; k++) {
            sb.append(k > 0 ? ", " : "").append(SafeRepr.of(graph.nodes.get(from[k])));
        }
        if (from.length > MAX_REFERRERS) {
            sb.append(" and ").append(from.length - MAX_REFERRERS).append(" more");
        }
        return sb.toString();
    }

    /** The cycle's line: its size and its members' types, sorted. */
    private String signature(int[] cycle) {
        String[] types = new String[cycle.length];
        for (int k = 0; k < cycle.length; k++) {
            types[k] = graph.nodes.get(cycle[k]).type().name();
        }
        Arrays.sort(types);
        return "cycle: " + plural(cycle.length, "object") + ": " + String.join(", ", types);
    }

    /** Findings counted by type, most frequent first: where to start fixing. */
    private String byType(List<Integer> which) {
        Map<String, Integer> counts = new TreeMap<>();
        for (int i : which) {
            counts.merge(graph.nodes.get(i).type().name(), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> b.getValue() - a.getValue());
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : sorted) {
            sb.append(sb.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
        }
        return sb.toString();
    }

    /** Where a leaked object was made, when the registry kept origins: the frames past its constructors. */
    private void printOrigin(PrintStream err, PyObject o) {
        StackTraceElement[] frames = registry.originOf(o);
        int k = 0;
        while (k < frames.length && (frames[k].getMethodName().equals("<init>")
                || frames[k].getClassName().equals(ObjectRegistry.class.getName()))) {
            k++;
        }
        for (int shown = 0; k < frames.length && shown < ORIGIN_FRAMES; k++, shown++) {
            err.println("    created at " + frames[k]);
        }
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
