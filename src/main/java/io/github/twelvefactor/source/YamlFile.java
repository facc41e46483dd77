package io.github.twelvefactor.source;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML file as snakeyaml's node tree (which keeps line numbers), one root per document, plus
 * every key flattened to Spring's dotted form ({@code spring.datasource.password},
 * {@code list[0]}). Aliases and merge keys ({@code <<: *base}) are followed, within a budget that
 * stops alias bombs.
 */
public final class YamlFile {
    /** How many nodes one file may expand to before it is refused as an alias bomb. */
    static final int NODE_BUDGET = 200_000;

    private final List<Node> documents;
    private final List<ConfigEntry> entries;

    private YamlFile(List<Node> documents, List<ConfigEntry> entries) {
        this.documents = documents;
        this.entries = entries;
    }

    public List<Node> documents() {
        return documents;
    }

    /** Every key of every document; containers (maps, lists) appear with a null value. */
    public List<ConfigEntry> entries() {
        return entries;
    }

    public static YamlFile parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(100);
        options.setNestingDepthLimit(100);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(4 * 1024 * 1024);
        options.setProcessComments(false);
        List<Node> docs = new ArrayList<>();
        try {
            // the composer alone, as Yaml.composeAll builds it: a Yaml object would also build a
            // constructor and a representer, which cost a cold JVM about 0.1 s and are never used here
            Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options),
                    new NullsAndMerges(), options);
            while (composer.checkNode()) {
                Node n = composer.getNode();
                if (n != null) {
                    docs.add(n);
                }
            }
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            int line = m == null ? 0 : m.getLine() + 1;
            throw new ParseException("YAML error at line " + line + ": " + Problems.safe(e.getProblem()), line);
        } catch (YAMLException | IllegalStateException | IllegalArgumentException e) {
            throw new ParseException("YAML error: " + Problems.safe(e.getMessage()), 0);
        } catch (StackOverflowError e) {
            throw new ParseException("YAML nested too deeply", 0);
        }
        List<ConfigEntry> entries = new ArrayList<>();
        int[] budget = {NODE_BUDGET};
        for (int d = 0; d < docs.size(); d++) {
            flatten(docs.get(d), "", d, entries, budget, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        return new YamlFile(List.copyOf(docs), List.copyOf(entries));
    }

    private static void flatten(Node node, String prefix, int doc, List<ConfigEntry> out, int[] budget,
            Set<Node> path) {
        if (--budget[0] < 0) {
            throw new ParseException("YAML expands to more than " + NODE_BUDGET + " nodes (alias bomb?)", line(node));
        }
        if (node instanceof MappingNode map) {
            if (!path.add(node)) {
                return;
            }
            Map<String, Node> keyNodes = new java.util.HashMap<>();
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    keyNodes.putIfAbsent(k.getValue(), k);
                }
            }
            for (Map.Entry<String, Node> e : mapping(map).entrySet()) {
                String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                Node value = e.getValue();
                if (value instanceof ScalarNode s) {
                    out.add(new ConfigEntry(key, scalarValue(s), line(s), column(s), doc));
                } else {
                    // a map or list starts on the lines below its key: point at the key, as ConfigEntry says
                    Node at = keyNodes.getOrDefault(e.getKey(), value);
                    out.add(new ConfigEntry(key, null, line(at), column(at), doc));
                    flatten(value, key, doc, out, budget, path);
                }
            }
            path.remove(node);
        } else if (node instanceof SequenceNode seq) {
            if (!path.add(node)) {
                return;
            }
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                String key = prefix + "[" + i + "]";
                Node item = items.get(i);
                if (item instanceof ScalarNode s) {
                    out.add(new ConfigEntry(key, scalarValue(s), line(s), column(s), doc));
                } else {
                    flatten(item, key, doc, out, budget, path);
                }
            }
            path.remove(node);
        }
    }

    /** A mapping's keys and values in order, with merge keys ({@code <<}) resolved; explicit keys win. */
    public static Map<String, Node> mapping(MappingNode map) {
        Map<String, Node> result = new LinkedHashMap<>();
        Map<String, Node> merged = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node k = t.getKeyNode();
            if (Tag.MERGE.equals(k.getTag()) || (k instanceof ScalarNode s && "<<".equals(s.getValue()))) {
                Node v = t.getValueNode();
                if (v instanceof MappingNode m) {
                    putAbsent(merged, mapping(m));
                } else if (v instanceof SequenceNode seq) {
                    for (Node item : seq.getValue()) {
                        if (item instanceof MappingNode m) {
                            putAbsent(merged, mapping(m));
                        }
                    }
                }
                continue;
            }
            if (k instanceof ScalarNode s) {
                result.put(s.getValue(), t.getValueNode());
            }
        }
        putAbsent(result, merged);
        return result;
    }

    /** A loop, not {@code forEach(to::putIfAbsent)}: every mapping comes here, and a method reference is a class spun at run time. */
    private static void putAbsent(Map<String, Node> to, Map<String, Node> from) {
        for (Map.Entry<String, Node> e : from.entrySet()) {
            to.putIfAbsent(e.getKey(), e.getValue());
        }
    }

    /** A scalar's text; {@code ""} for YAML null ({@code key:} or {@code key: ~}). */
    public static String scalarValue(ScalarNode s) {
        return Tag.NULL.equals(s.getTag()) ? "" : s.getValue();
    }

    public static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    public static int column(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getColumn() + 1;
    }

    /**
     * Tags only what is read here: null ({@code ~}, {@code null}, {@code Null}, {@code NULL}, empty) and
     * merge keys ({@code <<}), the plain scalars snakeyaml's own patterns tag so. Booleans, numbers and
     * timestamps stay strings: snakeyaml's patterns for them ran on every port, flag, version and key of
     * every file, and nothing here asks for those tags. One per parse: a Resolver has a mutable map
     * (empty here), and costs next to nothing to make.
     */
    static final class NullsAndMerges extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // none: resolve decides by the whole value
        }

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            if (kind == NodeId.scalar && implicit) {
                switch (value) {
                    case "", "~", "null", "Null", "NULL", " ":
                        return Tag.NULL;
                    case "<<":
                        return Tag.MERGE;
                    default:
                        break;
                }
            }
            return kind == NodeId.scalar ? Tag.STR : kind == NodeId.sequence ? Tag.SEQ : Tag.MAP;
        }
    }
}
