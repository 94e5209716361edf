package org.gilvm.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a YAML config file into a {@link Config}. It works on snakeyaml-engine's node tree
 * (not on the maps its constructor would build) because only nodes keep their line: every
 * error names the file, the line, the dotted key and what would be valid, in one line, and
 * the first error ends the load, so nothing runs on a half-valid config.
 */
final class ConfigLoader {
    private final String label;
    private final List<String> installedStrategies;

    /**
     * @param label the file as error messages name it (the path as the user gave it)
     * @param installedStrategies the ids {@code strategy} may name
     */
    private ConfigLoader(String label, List<String> installedStrategies) {
        this.label = label;
        this.installedStrategies = installedStrategies;
    }

    /** Reads and checks {@code file}; {@code label} is how messages name it. */
    static Config load(Path file, String label, List<String> installedStrategies) throws ConfigException {
        return new ConfigLoader(label, installedStrategies).parse(read(file, label));
    }

    /** Checks a config given as text (tests, and files already read). */
    static Config parse(String yaml, String label, List<String> installedStrategies) throws ConfigException {
        return new ConfigLoader(label, installedStrategies).parse(yaml);
    }

    private static String read(Path file, String label) throws ConfigException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(label + ": no such config file");
        } catch (AccessDeniedException e) {
            throw new ConfigException(label + ": permission denied reading the config file");
        } catch (CharacterCodingException e) {
            throw new ConfigException(label + ": the config file is not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(label + ": can't read the config file: "
                    + (Files.isDirectory(file) ? "it is a directory" : String.valueOf(e.getMessage())));
        }
    }

    private Config parse(String yaml) throws ConfigException {
        Node root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(label).build()).composeString(yaml).orElse(null);
        } catch (MarkedYamlEngineException e) {
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            throw new ConfigException(where(e.getProblemMark().orElse(null)) + ": YAML syntax error: "
                    + context + e.getProblem());
        } catch (YamlEngineException e) {
            throw new ConfigException(label + ": YAML syntax error: " + e.getMessage());
        }
        if (root == null || isNull(root)) {
            return Config.EMPTY;
        }
        return section(root, "", Config.EMPTY);
    }

    /** The keys of one mapping: the top ({@code section} empty) or a named section. */
    private Config section(Node node, String section, Config config) throws ConfigException {
        List<String> names = ConfigKey.namesIn(section);
        if (!(node instanceof MappingNode mapping)) {
            String what = "expected a mapping of " + String.join(", ", names) + ", got " + describe(node);
            throw new ConfigException(where(node) + ": " + (section.isEmpty() ? "" : section + ": ") + what);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            Node keyNode = t.getKeyNode();
            if (!(keyNode instanceof ScalarNode k)) {
                throw new ConfigException(where(keyNode) + ": " + (section.isEmpty() ? "" : section + ": ")
                        + "a key must be a plain name, got " + describe(keyNode));
            }
            String name = k.getValue();
            String path = section.isEmpty() ? name : section + "." + name;
            Integer earlier = seen.putIfAbsent(name, line(keyNode));
            if (earlier != null) {
                throw new ConfigException(where(keyNode) + ": " + path + ": given twice (first on line " + earlier + ")");
            }
            Node value = t.getValueNode();
            if (ConfigKey.isSection(section, name)) {
                config = isNull(value) ? config : section(value, path, config);
                continue;
            }
            ConfigKey key = ConfigKey.find(section, name);
            if (key == null) {
                throw unknownKey(keyNode, path, section, names);
            }
            config = value(key, value, config);
        }
        return config;
    }

    private Config value(ConfigKey key, Node node, Config config) throws ConfigException {
        String at = where(node) + ": " + key.path;
        if (isNull(node)) {
            throw new ConfigException(at + ": no value given; expected " + key.expected);
        }
        if (!(node instanceof ScalarNode scalar) || !acceptsTag(key, node.getTag())) {
            throw new ConfigException(at + ": expected " + key.expected + ", got " + describe(node));
        }
        try {
            return key.apply(config, scalar.getValue(), installedStrategies);
        } catch (ConfigException e) {
            throw e.at(at);
        }
    }

    /** Durations may be written as bare numbers; counts must be integers; the rest are words. */
    private static boolean acceptsTag(ConfigKey key, Tag tag) {
        return switch (key) {
            case SWITCH_INTERVAL, LINGER -> tag.equals(Tag.STR) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT);
            case CHECK_INTERVAL -> tag.equals(Tag.INT);
            case STRATEGY, SWITCH_POINTS, GIL_POLICY, PROMETHEUS, JFR -> tag.equals(Tag.STR);
        };
    }

    private ConfigException unknownKey(Node keyNode, String path, String section, List<String> names) {
        String suggestion = ConfigKey.closest(path);
        StringBuilder b = new StringBuilder(where(keyNode)).append(": ").append(path).append(": unknown key");
        if (suggestion != null && suggestion.equals(path)) {
            int dot = path.lastIndexOf('.');
            b.append(" (write it nested: ").append(path.substring(dot + 1)).append(" inside ")
                    .append(path, 0, dot).append(")");
        } else if (suggestion != null) {
            b.append(" (did you mean ").append(suggestion).append("?)");
        }
        b.append("; valid keys").append(section.isEmpty() ? "" : " under " + section).append(": ")
                .append(String.join(", ", names));
        return new ConfigException(b.toString());
    }

    private String where(Node node) {
        return where(node.getStartMark().orElse(null));
    }

    private String where(Mark mark) {
        return mark == null ? label : label + ", line " + (mark.getLine() + 1);
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    /** How a wrong value reads in a message: its YAML type, and its text when it is short. */
    private static String describe(Node node) {
        if (!(node instanceof ScalarNode s)) {
            return node instanceof MappingNode ? "a mapping" : "a list";
        }
        Tag tag = s.getTag();
        if (tag.equals(Tag.INT)) {
            return "an integer " + s.getValue();
        } else if (tag.equals(Tag.FLOAT)) {
            return "a number " + s.getValue();
        } else if (tag.equals(Tag.BOOL)) {
            return "a boolean " + s.getValue();
        }
        return tag.equals(Tag.NULL) ? "nothing" : "a string " + ConfigValues.quote(s.getValue());
    }
}
