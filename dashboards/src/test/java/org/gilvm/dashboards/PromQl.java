package org.gilvm.dashboards;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The metric names a PromQL expression selects, found by a small lexer rather than a parser:
 * it knows just enough of PromQL to tell a metric name from everything else that looks like
 * an identifier: a function or aggregation, a keyword, a label name (inside braces, or in a
 * {@code by}/{@code without}/{@code on}/{@code ignoring}/{@code group_left}/{@code group_right}
 * list), a string, a number or a duration. Grafana's variables ({@code $x}, {@code ${x}})
 * appear in strings and ranges, which are skipped whole, or on their own, which is skipped too.
 */
final class PromQl {
    /** Keywords followed by a parenthesised list of label names, never metric names. */
    private static final Set<String> LABEL_LISTS =
            Set.of("by", "without", "on", "ignoring", "group_left", "group_right");

    /** Operators and literals spelled as words. */
    private static final Set<String> KEYWORDS =
            Set.of("and", "or", "unless", "bool", "offset", "atan2", "inf", "nan");

    /**
     * Aggregations: {@code sum by (le) (x)} puts a keyword, not a parenthesis, after the name,
     * so these are recognised by name. Functions always have their parenthesis next.
     */
    private static final Set<String> AGGREGATIONS = Set.of("sum", "min", "max", "avg", "group", "stddev",
            "stdvar", "count", "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio");

    private PromQl() {}

    /** The metric names in {@code expr}, in order of first appearance. */
    static Set<String> metricNames(String expr) {
        Set<String> names = new LinkedHashSet<>();
        int n = expr.length();
        int i = 0;
        while (i < n) {
            char c = expr.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(expr, i);
            } else if (c == '{') {
                i = skipGroup(expr, i, '{', '}');
            } else if (c == '[') {
                i = skipGroup(expr, i, '[', ']');
            } else if (c == '#') {
                i = skipLine(expr, i);
            } else if (c == '$') {
                i = skipVariable(expr, i);
            } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(expr.charAt(i + 1)))) {
                i = skipNumber(expr, i);
            } else if (isIdentStart(c)) {
                int start = i;
                while (i < n && isIdentPart(expr.charAt(i))) {
                    i++;
                }
                String word = expr.substring(start, i);
                int next = skipSpaces(expr, i);
                boolean call = next < n && expr.charAt(next) == '(';
                String lower = word.toLowerCase(Locale.ROOT);
                if (LABEL_LISTS.contains(lower)) {
                    if (call) {
                        i = skipGroup(expr, next, '(', ')');
                    }
                } else if (!call && !KEYWORDS.contains(lower) && !AGGREGATIONS.contains(lower)) {
                    names.add(word);
                }
            } else {
                i++;
            }
        }
        return names;
    }

    private static int skipString(String s, int i) {
        char quote = s.charAt(i++);
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '\\' && quote != '`') {
                i++;
            } else if (c == quote) {
                break;
            }
        }
        return i;
    }

    /** Skips a bracketed group, strings inside included (a label value may hold a brace). */
    private static int skipGroup(String s, int i, char open, char close) {
        int depth = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(s, i);
                continue;
            }
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return i;
    }

    private static int skipLine(String s, int i) {
        while (i < s.length() && s.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    private static int skipVariable(String s, int i) {
        i++;
        if (i < s.length() && s.charAt(i) == '{') {
            return skipGroup(s, i, '{', '}');
        }
        while (i < s.length() && isIdentPart(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A number (1, 0.99, 1e-9, 0x1f) or a duration (5m, 1h30m). */
    private static int skipNumber(String s, int i) {
        int start = i;
        boolean hex = s.startsWith("0x", start) || s.startsWith("0X", start);
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean exponentSign = !hex && (c == '+' || c == '-') && i > start
                    && (s.charAt(i - 1) == 'e' || s.charAt(i - 1) == 'E');
            if (!(isIdentPart(c) || c == '.' || exponentSign)) {
                break;
            }
            i++;
        }
        return i;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c);
    }
}
