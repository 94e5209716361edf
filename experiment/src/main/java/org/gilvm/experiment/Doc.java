package org.gilvm.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as a list of blocks, rendered twice: as Markdown, and as one self-contained HTML
 * file (styles inline, charts embedded as inline SVG). Text may use Markdown's `code` spans.
 */
final class Doc {
    sealed interface Block permits Heading, Para, Bullets, Table, Image {}

    record Heading(int level, String text) implements Block {}

    record Para(String text) implements Block {}

    record Bullets(List<String> items) implements Block {}

    record Table(List<String> headers, List<List<String>> rows) implements Block {}

    record Image(Figure figure) implements Block {}

    private final List<Block> blocks = new ArrayList<>();

    Doc h(int level, String text) {
        blocks.add(new Heading(level, text));
        return this;
    }

    Doc p(String text) {
        blocks.add(new Para(text));
        return this;
    }

    Doc bullets(List<String> items) {
        blocks.add(new Bullets(List.copyOf(items)));
        return this;
    }

    Doc table(List<String> headers, List<List<String>> rows) {
        blocks.add(new Table(List.copyOf(headers), List.copyOf(rows)));
        return this;
    }

    Doc image(Figure f) {
        blocks.add(new Image(f));
        return this;
    }

    List<Block> blocks() {
        return blocks;
    }

    String markdown() {
        StringBuilder b = new StringBuilder();
        for (Block x : blocks) {
            switch (x) {
                case Heading h -> b.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
                case Para p -> b.append(p.text()).append("\n\n");
                case Bullets l -> {
                    for (String i : l.items()) {
                        b.append("- ").append(i).append('\n');
                    }
                    b.append('\n');
                }
                case Table t -> {
                    b.append("| ").append(String.join(" | ", t.headers().stream().map(Doc::mdCell).toList())).append(" |\n|");
                    b.append("---|".repeat(t.headers().size())).append('\n');
                    for (List<String> row : t.rows()) {
                        b.append("| ").append(String.join(" | ", row.stream().map(Doc::mdCell).toList())).append(" |\n");
                    }
                    b.append('\n');
                }
                case Image i -> b.append("![").append(i.figure().title()).append("](charts/").append(i.figure().stem())
                        .append(".svg)\n\n*").append(i.figure().caption()).append("* (PNG: `charts/").append(i.figure().stem())
                        .append(".png`)\n\n");
            }
        }
        return b.toString();
    }

    String html(Path chartsDir) throws IOException {
        StringBuilder b = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>gilvm experiment report</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;line-height:1.45;color:#222}
                table{border-collapse:collapse;margin:1em 0;font-size:0.92em}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
                th{background:#f3f3f3}code{background:#f4f4f4;padding:0 3px;border-radius:3px}figure{margin:1.5em 0}
                figcaption{font-style:italic;color:#555}.confirmed{color:#0a6a0a;font-weight:600}.refuted{color:#a30000;font-weight:600}
                svg{max-width:100%;height:auto}
                </style></head><body>
                """);
        for (Block x : blocks) {
            switch (x) {
                case Heading h -> b.append("<h").append(h.level()).append('>').append(inline(h.text())).append("</h")
                        .append(h.level()).append(">\n");
                case Para p -> b.append("<p>").append(inline(p.text())).append("</p>\n");
                case Bullets l -> {
                    b.append("<ul>\n");
                    for (String i : l.items()) {
                        b.append("<li>").append(inline(i)).append("</li>\n");
                    }
                    b.append("</ul>\n");
                }
                case Table t -> {
                    b.append("<table><thead><tr>");
                    for (String hd : t.headers()) {
                        b.append("<th>").append(inline(hd)).append("</th>");
                    }
                    b.append("</tr></thead><tbody>\n");
                    for (List<String> row : t.rows()) {
                        b.append("<tr>");
                        for (String c : row) {
                            String cls = c.startsWith("confirmed") ? " class=\"confirmed\"" : c.startsWith("not confirmed") ? " class=\"refuted\"" : "";
                            b.append("<td").append(cls).append('>').append(inline(c)).append("</td>");
                        }
                        b.append("</tr>\n");
                    }
                    b.append("</tbody></table>\n");
                }
                case Image i -> {
                    String svg = Files.readString(chartsDir.resolve(i.figure().stem() + ".svg"));
                    int start = svg.indexOf("<svg");
                    b.append("<figure>").append(start >= 0 ? svg.substring(start) : svg).append("<figcaption>")
                            .append(inline(i.figure().caption())).append("</figcaption></figure>\n");
                }
            }
        }
        return b.append("</body></html>\n").toString();
    }

    private static String mdCell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /** HTML-escapes {@code s} and turns Markdown `code` spans into code elements. */
    static String inline(String s) {
        String e = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        StringBuilder b = new StringBuilder();
        boolean code = false;
        for (char c : e.toCharArray()) {
            if (c == '`') {
                b.append(code ? "</code>" : "<code>");
                code = !code;
            } else {
                b.append(c);
            }
        }
        if (code) {
            b.append("</code>");
        }
        return b.toString();
    }
}
