package io.github.twelvefactor.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The services of a Docker compose file (or of any YAML file whose top level is a {@code services:}
 * map of entries with {@code image:} or {@code build:}). Fragments without {@code services:} give
 * an empty list.
 */
public final class ComposeFile {

    /** A scalar value and where it stands. */
    public record Value(String text, int line, int column) {
    }

    public record Service(String name, int line, Value image, boolean built, Value containerName,
            List<Value> ports, List<ConfigEntry> environment, List<Value> volumes) {

        /** The image's name without registry, tag or digest, lower-cased: {@code postgres}. */
        public String imageName() {
            if (image == null) {
                return "";
            }
            String s = image.text().toLowerCase(Locale.ROOT);
            int at = s.indexOf('@');
            if (at >= 0) {
                s = s.substring(0, at);
            }
            int slash = s.lastIndexOf('/');
            int colon = s.lastIndexOf(':');
            if (colon > slash) {
                s = s.substring(0, colon);
            }
            return slash >= 0 ? s.substring(s.lastIndexOf('/') + 1) : s;
        }
    }

    private final List<Service> services;

    private ComposeFile(List<Service> services) {
        this.services = services;
    }

    public List<Service> services() {
        return services;
    }

    /** True when the YAML's top level is a {@code services:} map whose entries have image or build. */
    public static boolean looksLikeCompose(YamlFile yaml) {
        for (Node doc : yaml.documents()) {
            if (doc instanceof MappingNode root && YamlFile.mapping(root).get("services") instanceof MappingNode s) {
                for (Node svc : YamlFile.mapping(s).values()) {
                    if (svc instanceof MappingNode m) {
                        Map<String, Node> keys = YamlFile.mapping(m);
                        if (keys.containsKey("image") || keys.containsKey("build")) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    public static ComposeFile of(YamlFile yaml) {
        List<Service> services = new ArrayList<>();
        for (Node doc : yaml.documents()) {
            if (!(doc instanceof MappingNode root)) {
                continue;
            }
            if (!(YamlFile.mapping(root).get("services") instanceof MappingNode svcs)) {
                continue;
            }
            for (var t : svcs.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode nameNode) || !(t.getValueNode() instanceof MappingNode svc)) {
                    continue;
                }
                Map<String, Node> keys = YamlFile.mapping(svc);
                services.add(new Service(nameNode.getValue(), YamlFile.line(nameNode), scalar(keys.get("image")),
                        keys.containsKey("build"), scalar(keys.get("container_name")), list(keys.get("ports")),
                        environment(keys.get("environment")), list(keys.get("volumes"))));
            }
        }
        return new ComposeFile(List.copyOf(services));
    }

    private static Value scalar(Node n) {
        if (n instanceof ScalarNode s) {
            return new Value(YamlFile.scalarValue(s), YamlFile.line(s), YamlFile.column(s));
        }
        return null;
    }

    /** Short-form entries of a list; long-form maps ({@code target:}/{@code published:}) are joined. */
    private static List<Value> list(Node n) {
        List<Value> out = new ArrayList<>();
        if (n instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s) {
                    out.add(scalar(s));
                } else if (item instanceof MappingNode m) {
                    Map<String, Node> keys = YamlFile.mapping(m);
                    Value published = scalar(keys.get("published"));
                    Value source = scalar(keys.get("source"));
                    Value target = scalar(keys.get("target"));
                    Value first = published != null ? published : source;
                    if (first != null || target != null) {
                        Value at = first != null ? first : target;
                        String text = (first == null ? "" : first.text() + ":") + (target == null ? "" : target.text());
                        out.add(new Value(text, at.line(), at.column()));
                    }
                }
            }
        }
        return out;
    }

    /** {@code environment:} in map form ({@code KEY: value}) or list form ({@code - KEY=value}). */
    private static List<ConfigEntry> environment(Node n) {
        List<ConfigEntry> out = new ArrayList<>();
        if (n instanceof MappingNode m) {
            for (Map.Entry<String, Node> e : YamlFile.mapping(m).entrySet()) {
                Node v = e.getValue();
                String value = v instanceof ScalarNode s ? YamlFile.scalarValue(s) : null;
                out.add(new ConfigEntry(e.getKey(), value, YamlFile.line(v), YamlFile.column(v), 0));
            }
        } else if (n instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s) {
                    String text = s.getValue();
                    int eq = text.indexOf('=');
                    String key = eq < 0 ? text : text.substring(0, eq);
                    String value = eq < 0 ? null : text.substring(eq + 1);
                    out.add(new ConfigEntry(key.strip(), value, YamlFile.line(s),
                            YamlFile.column(s) + (eq < 0 ? 0 : eq + 1), 0));
                }
            }
        }
        return out;
    }
}
