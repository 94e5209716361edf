package org.gilvm.experiment;

/**
 * One claim of the seeds, with what was measured and the verdict the numbers give.
 *
 * @param claim the seeds' claim, in a sentence
 * @param measurement the numbers the verdict rests on
 * @param verdict CONFIRMED, REFUTED, INCONCLUSIVE (a measurement between the thresholds), or
 *                NOT_MEASURED when the matrix had no runs for it
 * @param qualifier a condition the verdict holds under ("" when none)
 */
public record Claim(String id, String claim, String measurement, Verdict verdict, String qualifier) {
    public enum Verdict {
        CONFIRMED("confirmed"), REFUTED("not confirmed"), INCONCLUSIVE("inconclusive"), NOT_MEASURED("not measured");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** The verdict as the report prints it. */
    public String verdictText() {
        return qualifier.isEmpty() ? verdict.text() : verdict.text() + " (" + qualifier + ")";
    }
}
