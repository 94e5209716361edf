package org.gilvm.experiment;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code gilvm experiment} was asked to do.
 *
 * @param gilvmCommand how to start gilvm in a fresh process (the launcher, or java and a class path)
 * @param python the CPython to run as the baseline ({@code python3})
 * @param warmup whether each cell starts with a discarded run
 * @param prometheus where each run serves its metrics while it runs (null: not served)
 */
public record Settings(List<Workload> workloads, List<Variant> variants, List<Integer> threads, int repeat, Path out,
                       boolean quick, boolean warmup, List<String> gilvmCommand, String python, Path workloadsDir,
                       String prometheus) {}
