package org.gilvm.experiment;

/**
 * A chart the report embeds: its file stem under {@code DIR/charts/} (a {@code .png} and an
 * {@code .svg} of the same chart), a title and a caption.
 */
public record Figure(String stem, String title, String caption) {}
