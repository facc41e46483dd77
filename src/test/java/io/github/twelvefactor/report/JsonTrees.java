package io.github.twelvefactor.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Test helpers: write a report to bytes, read it back, list every field path it holds. */
final class JsonTrees {
    static final ObjectMapper MAPPER = new ObjectMapper();

    @FunctionalInterface
    interface Writer {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private JsonTrees() {
    }

    static byte[] bytes(Writer writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out);
        return out.toByteArray();
    }

    static JsonNode tree(byte[] json) throws IOException {
        return MAPPER.readTree(json);
    }

    /**
     * Every field as a path, array positions written {@code []}: {@code runs[].tool.driver.name}.
     * Keys that are data rather than names (the uriBaseId) are written as found.
     */
    static Set<String> fieldPaths(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, Set<String> paths) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                paths.add(path);
                collect(e.getValue(), path, paths);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                collect(item, prefix + "[]", paths);
            }
        }
    }
}
