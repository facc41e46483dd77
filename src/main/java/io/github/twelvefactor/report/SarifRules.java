package io.github.twelvefactor.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.RuleMeta;
import io.github.twelvefactor.engine.Severity;

/**
 * The {@code tool.driver.rules} of a SARIF run, in catalogue order, and each rule's index in it.
 * Carries the properties GitHub code scanning reads from a rule: tags, precision,
 * {@code problem.severity}, and {@code security-severity} for the rules about secrets.
 */
final class SarifRules {
    /** Rules whose findings are leaked credentials: GitHub files them as security alerts. */
    static final Set<String> SECURITY_RULES = Set.of("hardcoded-secret", "known-secret-format",
            "credentials-in-url");

    private final List<RuleMeta> rules = new ArrayList<>();
    private final List<Severity> levels = new ArrayList<>();
    private final Map<String, Integer> indexById = new HashMap<>();

    /**
     * The rules that ran, then (sorted by id) any rule a finding names that the context lacks, so that
     * every result can point at its rule.
     */
    SarifRules(Map<RuleMeta, Severity> ran, List<Finding> findings) {
        for (Map.Entry<RuleMeta, Severity> e : ran.entrySet()) {
            add(e.getKey(), e.getValue());
        }
        Map<String, Finding> unknown = new TreeMap<>();
        for (Finding f : findings) {
            if (!indexById.containsKey(f.ruleId())) {
                unknown.putIfAbsent(f.ruleId(), f);
            }
        }
        for (Finding f : unknown.values()) {
            add(new RuleMeta(f.ruleId(), f.factor(), f.severity(), "Rule " + f.ruleId() + ".", f.remediation(), false, "",
                    ""), f.severity());
        }
    }

    private void add(RuleMeta meta, Severity level) {
        indexById.put(meta.id(), rules.size());
        rules.add(meta);
        levels.add(level);
    }

    int indexOf(String ruleId) {
        return indexById.get(ruleId);
    }

    void write(JsonWriter g) throws IOException {
        g.writeArrayFieldStart("rules");
        for (int i = 0; i < rules.size(); i++) {
            writeRule(g, rules.get(i), levels.get(i));
        }
        g.writeEndArray();
    }

    private static void writeRule(JsonWriter g, RuleMeta rule, Severity level) throws IOException {
        Factor factor = rule.factor();
        String summary = sentence(rule.summary());
        String remediation = sentence(rule.remediation());
        g.writeStartObject();
        JsonOutput.string(g, "id", rule.id());
        JsonOutput.string(g, "name", pascalCase(rule.id()));
        JsonOutput.text(g, "shortDescription", summary);
        JsonOutput.text(g, "fullDescription", summary + " It goes against factor " + factor.label()
                + " of the Twelve-Factor App.");
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level.sarifLevel());
        g.writeEndObject();
        g.writeStringField("helpUri", factor.url());
        g.writeObjectFieldStart("help");
        JsonOutput.string(g, "text", remediation + "\n\nFactor " + factor.label() + ": " + factor.url());
        JsonOutput.string(g, "markdown", "**What to do:** " + remediation + "\n\nFactor ["
                + factor.label() + "](" + factor.url() + ") of the Twelve-Factor App.");
        g.writeEndObject();
        writeProperties(g, rule, level);
        g.writeEndObject();
    }

    private static void writeProperties(JsonWriter g, RuleMeta rule, Severity level) throws IOException {
        boolean security = SECURITY_RULES.contains(rule.id());
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        g.writeString("twelve-factor");
        g.writeString("factor-" + rule.factor().numeral());
        if (security) {
            g.writeString("security");
        }
        g.writeEndArray();
        g.writeStringField("precision", "high");
        g.writeStringField("problem.severity", switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "recommendation";
        });
        if (security) {
            // GitHub's bands: 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low.
            g.writeStringField("security-severity", switch (level) {
                case ERROR -> "8.0";
                case WARNING -> "5.0";
                case INFO -> "2.0";
            });
        }
        g.writeEndObject();
    }

    /** {@code hardcoded-secret} becomes {@code HardcodedSecret}. */
    static String pascalCase(String id) {
        // each run of [A-Za-z0-9] with its first letter upper-cased; no pattern per rule and report
        StringBuilder out = new StringBuilder(id.length());
        boolean first = true;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                out.append(first ? Character.toUpperCase(c) : c);
                first = false;
            } else {
                first = true;
            }
        }
        return out.toString();
    }

    /** Trimmed, ending with a full stop (SARIF's guidance for descriptions and messages). */
    static String sentence(String s) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty() || t.endsWith(".") || t.endsWith("!") || t.endsWith("?")) {
            return t;
        }
        return t + ".";
    }
}
