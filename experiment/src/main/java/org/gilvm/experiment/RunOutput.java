package org.gilvm.experiment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a workload printed for the experiment: its {@code RESULT key=value ...} line (numbers)
 * and any {@code SAMPLES name v1 v2 ...} lines. Other output is the program's own.
 */
public record RunOutput(Map<String, Double> values, Map<String, double[]> samples) {
    public static RunOutput parse(String stdout) {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, double[]> samples = new LinkedHashMap<>();
        for (String line : stdout.split("\n")) {
            if (line.startsWith("RESULT ")) {
                for (String pair : line.substring(7).trim().split("\\s+")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        try {
                            values.put(pair.substring(0, eq), Double.parseDouble(pair.substring(eq + 1)));
                        } catch (NumberFormatException notANumber) {
                            // A value the experiment does not read (none are printed today).
                        }
                    }
                }
            } else if (line.startsWith("SAMPLES ")) {
                String[] parts = line.substring(8).trim().split("\\s+");
                double[] xs = new double[parts.length - 1];
                for (int i = 1; i < parts.length; i++) {
                    xs[i - 1] = Double.parseDouble(parts[i]);
                }
                samples.put(parts[0], xs);
            }
        }
        return new RunOutput(values, samples);
    }

    public boolean complete() {
        return values.containsKey("seconds");
    }
}
