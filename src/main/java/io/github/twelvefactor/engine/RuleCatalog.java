package io.github.twelvefactor.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Every rule of the plugin, found by {@link ServiceLoader} (no hand-kept switch), sorted by factor
 * then id.
 */
public final class RuleCatalog {
    /** Factor, then id (no comparator chain: see {@link Finding#comparePlace}). */
    private static final Comparator<Rule> CATALOGUE_ORDER = new Comparator<>() {
        @Override
        public int compare(Rule a, Rule b) {
            int c = a.meta().factor().compareTo(b.meta().factor());
            return c != 0 ? c : a.meta().id().compareTo(b.meta().id());
        }
    };

    private final List<Rule> rules;
    private final Map<String, Rule> byId;

    private RuleCatalog(List<Rule> rules) {
        this.rules = rules;
        Map<String, Rule> ids = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (ids.put(r.meta().id(), r) != null) {
                throw new IllegalStateException("two rules share the id " + r.meta().id());
            }
        }
        byId = java.util.Collections.unmodifiableMap(ids);
    }

    /**
     * The plugin's rules. Found once per class loader and shared: rules keep no state, and every
     * module of a reactor would otherwise look them up and build them again.
     */
    public static RuleCatalog load() {
        return Loaded.CATALOG;
    }

    private static final class Loaded {
        static final RuleCatalog CATALOG = find();
    }

    /**
     * A new catalogue: from the {@link RuleIndex} the build wrote, each rule created when it first
     * runs; without an index, from the service loader, every rule created now.
     */
    static RuleCatalog find() {
        ClassLoader loader = Rule.class.getClassLoader();
        List<RuleIndex.Entry> index = RuleIndex.read(loader);
        List<Rule> found = new ArrayList<>();
        if (index != null) {
            for (RuleIndex.Entry e : index) {
                found.add(DeferredRule.of(e, loader));
            }
        } else {
            for (Rule r : ServiceLoader.load(Rule.class, loader)) {
                found.add(r);
            }
        }
        found.sort(CATALOGUE_ORDER);
        return new RuleCatalog(List.copyOf(found));
    }

    /** A catalogue of the given rules only: for tests and tools. */
    public static RuleCatalog of(List<Rule> rules) {
        return new RuleCatalog(List.copyOf(rules));
    }

    public List<Rule> rules() {
        return rules;
    }

    public Rule get(String id) {
        return byId.get(id);
    }

    public String knownIds() {
        return byId.keySet().stream().sorted().collect(Collectors.joining(", "));
    }

    /**
     * The rules to run and their severities, after the user's overrides ({@code id -> error |
     * warning | info | off}). An unknown id or severity is an {@link IllegalArgumentException} whose
     * message names it and lists the accepted values.
     */
    public Map<Rule, Severity> configure(Map<String, String> overrides) {
        Map<Rule, Severity> active = new LinkedHashMap<>();
        for (Rule r : rules) {
            active.put(r, r.meta().severity());
        }
        if (overrides == null) {
            return active;
        }
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            String id = e.getKey() == null ? "" : e.getKey().trim();
            Rule rule = byId.get(id);
            if (rule == null) {
                throw new IllegalArgumentException("Unknown rule id '" + id + "' in <rules>. Known rule ids: "
                        + knownIds());
            }
            String value = e.getValue() == null ? "" : e.getValue().trim().toLowerCase(Locale.ROOT);
            if (value.equals("off")) {
                active.remove(rule);
                continue;
            }
            Severity s = Severity.parse(value);
            if (s == null) {
                throw new IllegalArgumentException("Invalid severity '" + e.getValue() + "' for rule " + id
                        + " in <rules>. Accepted: " + Severity.accepted() + ", off");
            }
            active.put(rule, s);
        }
        return active;
    }
}
