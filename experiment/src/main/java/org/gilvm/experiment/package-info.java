/**
 * {@code gilvm experiment}: the seeds' claims checked by measurement. A matrix of runs
 * (workload × strategy × threads × repeat) is executed one run at a time, each in a fresh
 * process ({@link Launcher}); each run's own timing comes from the workload's {@code RESULT}
 * line and its VM figures from a JFR recording ({@link JfrFigures}). {@link Claims} turns the
 * medians into verdicts, {@link Conclusions} into sentences, {@link Charts} into PNG and SVG,
 * and {@link Report} writes it all as Markdown and self-contained HTML beside
 * {@code results.json} and {@code results.csv}.
 */
package org.gilvm.experiment;
