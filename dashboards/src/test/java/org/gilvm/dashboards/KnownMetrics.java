package org.gilvm.dashboards;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The series names a dashboard may query: gilvm's own, as DESIGN.md's observability contract
 * names them, and the ones Micrometer's JVM and Caffeine binders publish. All in the form
 * Prometheus scrapes them: a counter with {@code _total}, a histogram as
 * {@code _bucket}/{@code _count}/{@code _sum} plus Micrometer's {@code _max} gauge.
 */
final class KnownMetrics {
    /** gilvm's histograms (Micrometer timers with a percentile histogram). */
    static final List<String> GILVM_HISTOGRAMS = List.of(
            "gilvm_gil_wait_seconds",
            "gilvm_gil_hold_seconds",
            "gilvm_object_lock_wait_seconds");

    /** gilvm's counters, without the {@code _total} Prometheus adds. */
    static final List<String> GILVM_COUNTERS = List.of(
            "gilvm_gil_switches",
            "gilvm_gil_drop_requests",
            "gilvm_gil_futile_wakeups",
            "gilvm_wasted_timeslice_seconds",
            "gilvm_thread_context_switches",
            "gilvm_bytecodes",
            "gilvm_refcount_ops",
            "gilvm_refcount_errors",
            "gilvm_object_lock_contended");

    static final List<String> GILVM_GAUGES = List.of("gilvm_threads");

    /**
     * Micrometer's JVM binders (memory, GC, threads, classes, processor, uptime) and its
     * Caffeine binder, as series names.
     */
    private static final List<String> BINDER_SERIES = List.of(
            "jvm_gc_pause_seconds_count", "jvm_gc_pause_seconds_sum", "jvm_gc_pause_seconds_max",
            "jvm_gc_concurrent_phase_time_seconds_count", "jvm_gc_concurrent_phase_time_seconds_sum",
            "jvm_gc_concurrent_phase_time_seconds_max",
            "jvm_gc_memory_allocated_bytes_total", "jvm_gc_memory_promoted_bytes_total",
            "jvm_gc_live_data_size_bytes", "jvm_gc_max_data_size_bytes", "jvm_gc_overhead",
            "jvm_memory_used_bytes", "jvm_memory_committed_bytes", "jvm_memory_max_bytes",
            "jvm_memory_usage_after_gc",
            "jvm_buffer_count_buffers", "jvm_buffer_memory_used_bytes", "jvm_buffer_total_capacity_bytes",
            "jvm_threads_live_threads", "jvm_threads_daemon_threads", "jvm_threads_peak_threads",
            "jvm_threads_started_threads_total", "jvm_threads_states_threads",
            "jvm_classes_loaded_classes", "jvm_classes_unloaded_classes_total",
            "jvm_info",
            "process_cpu_usage", "process_cpu_time_ns_total", "process_uptime_seconds",
            "process_start_time_seconds", "process_files_open_files", "process_files_max_files",
            "system_cpu_usage", "system_cpu_count", "system_load_average_1m",
            "cache_gets_total", "cache_puts_total", "cache_size", "cache_evictions_total",
            "cache_eviction_weight_total", "cache_load_duration_seconds_count",
            "cache_load_duration_seconds_sum", "cache_load_duration_seconds_max");

    /** Every series name a dashboard may use. */
    static final Set<String> ALL = all();

    private KnownMetrics() {}

    /** The series names under which each of gilvm's own metrics appears in a scrape. */
    static List<String> gilvmSeries(String metric) {
        if (GILVM_HISTOGRAMS.contains(metric)) {
            return List.of(metric + "_bucket", metric + "_count", metric + "_sum", metric + "_max");
        }
        if (GILVM_COUNTERS.contains(metric)) {
            return List.of(metric + "_total");
        }
        return List.of(metric);
    }

    private static Set<String> all() {
        Set<String> names = new LinkedHashSet<>();
        for (List<String> kind : List.of(GILVM_HISTOGRAMS, GILVM_COUNTERS, GILVM_GAUGES)) {
            for (String metric : kind) {
                names.addAll(gilvmSeries(metric));
            }
        }
        names.addAll(BINDER_SERIES);
        return Set.copyOf(names);
    }
}
