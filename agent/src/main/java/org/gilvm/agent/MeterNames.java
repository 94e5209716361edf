package org.gilvm.agent;

/**
 * Every gilvm meter's name and tag keys, defined once. Micrometer names are dotted; the
 * Prometheus registry writes them with underscores, the base unit and {@code _total} for
 * counters, giving the names DESIGN.md fixes (shown beside each).
 */
final class MeterNames {
    private MeterNames() {}

    /** {@code gilvm_gil_wait_seconds}: histogram of the time from wanting the GIL to holding it. */
    static final String GIL_WAIT = "gilvm.gil.wait";
    /** {@code gilvm_gil_hold_seconds}: histogram of GIL tenures. */
    static final String GIL_HOLD = "gilvm.gil.hold";
    /** {@code gilvm_gil_switches_total{reason}}. */
    static final String GIL_SWITCHES = "gilvm.gil.switches";
    /** {@code gilvm_gil_drop_requests_total{thread}}. */
    static final String GIL_DROP_REQUESTS = "gilvm.gil.drop.requests";
    /** {@code gilvm_gil_futile_wakeups_total{thread}}. */
    static final String GIL_FUTILE_WAKEUPS = "gilvm.gil.futile.wakeups";
    /** {@code gilvm_wasted_timeslice_seconds_total{thread}}. */
    static final String WASTED_TIMESLICE = "gilvm.wasted.timeslice";
    /** {@code gilvm_thread_context_switches_total{thread,kind}}. */
    static final String CONTEXT_SWITCHES = "gilvm.thread.context.switches";
    /** {@code gilvm_bytecodes_total{thread}}. */
    static final String BYTECODES = "gilvm.bytecodes";
    /** {@code gilvm_refcount_ops_total{op,mode}}. */
    static final String REFCOUNT_OPS = "gilvm.refcount.ops";
    /** {@code gilvm_refcount_errors_total{kind}}. */
    static final String REFCOUNT_ERRORS = "gilvm.refcount.errors";
    /** {@code gilvm_object_lock_contended_total{type}}. */
    static final String OBJECT_LOCK_CONTENDED = "gilvm.object.lock.contended";
    /** {@code gilvm_object_lock_wait_seconds{type}}: histogram. */
    static final String OBJECT_LOCK_WAIT = "gilvm.object.lock.wait";
    /** {@code gilvm_threads{state}}: gauge. */
    static final String THREADS = "gilvm.threads";

    static final String SECONDS = "seconds";

    static final String TAG_APPLICATION = "application";
    static final String TAG_STRATEGY = "strategy";
    static final String TAG_RUN = "run";
    static final String TAG_THREAD = "thread";
    static final String TAG_REASON = "reason";
    static final String TAG_KIND = "kind";
    static final String TAG_OP = "op";
    static final String TAG_MODE = "mode";
    static final String TAG_TYPE = "type";
    static final String TAG_STATE = "state";

    static final String APPLICATION = "gilvm";

    /** The {@code state} values of {@link #THREADS}: ThreadStats states but the exited one. */
    static final String[] THREAD_STATES = {"running", "waiting_for_gil", "blocked"};
    /** The {@code kind} values of {@link #REFCOUNT_ERRORS}: the event's kinds with '_' for '-'. */
    static final String[] REFCOUNT_ERROR_KINDS = {"use_after_free", "negative_count", "leak_at_exit"};
}
