package io.github.twelvefactor.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words the rules' cheap tests ask about ({@code accepts}: "does this file mention
 * {@code jdbc:}?"), found for all of them in one pass over a file by a {@link WordAutomaton} (as
 * gitleaks' keyword pre-filter does). A file then costs one table step per character, not one
 * {@code contains} per word per rule. The answers are exactly {@link String#contains}'s; a word not listed here is answered by
 * {@code contains} itself ({@link SourceFile#mentions}), and a test keeps the list complete. The same
 * pass notes where the Java secret gate's words stand ({@link #SECRET_WORDS}, in any case), so that
 * the gate makes no pass of its own.
 */
public final class Mentions {
    /** Every word a rule's {@code accepts} asks about, case-sensitive, as {@code contains} would. */
    static final List<String> WORDS = List.of(
            // backing services
            "jdbc:", "JDBC:", "jdbc\\:", "r2dbc:", "mongodb", "redis://", "rediss://", "amqp://", "amqps://", "bolt://",
            "neo4j://", "neo4j+s://", "Jedis", "CachingConnectionFactory", "ServerAddress", "MongoClient", "setHost",
            "etAddresses", "BOOTSTRAP_SERVERS", "bootstrap.servers", "RedisStandalone", "EmbeddedDatabaseBuilder",
            "embedded-database", "db-kind",
            // port binding
            "ServerSocket", ".port(", " port(", "InetSocketAddress", "WebServerFactory", "addHttpListener", "new Server(",
            "jetty", "listen(", "vertx", "port",
            // logs
            "SocketHandler", "Appender", "ppender", "FileHandler", "FileAppender", "<include", "logging", "quarkus.log",
            "log", "Socket", "Syslog", "Gelf", "Loki", "Fluen", "Kafka", "Http", "Flume", "syslog", "socket", "gelf",
            // codebase, disposability, config
            "cceptsProfiles", "atchesProfiles", "equals", "case", "contains(", "exit(", "halt(", "profile",
            "environments", "spring.profiles.active", "pringProfile", "always", "%",
            // project rules that look at every Java file
            "Container", "setSessionAttribute", "setAttribute", "HttpSession", "getSession(", "SpringBootServletInitializer",
            "ddl", "generation", "hbm2ddl", "HBM2DDL", "schema-generation", "generateDdl", "setGenerateDdl",
            // suppression comments and annotations
            "twelvefactor",
            // the known secret formats' keywords (rules/config/SecretFormats)
            "AKIA", "ASIA", "ABIA", "ACCA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "gldt-", "glrt-", "xoxb-",
            "xoxp-", "xoxa-", "xoxo-", "xoxs-", "hooks.slack.com/services/", "sk_live_", "rk_live_", "AIza", "npm_",
            "SG.", "sk-ant-", "sk-proj-", "sk-svcacct-", "sk-admin-", "T3BlbkFJ", "pypi-AgEIcHlwaS5vcmc", "shpat_",
            "shpca_", "shppa_", "shpss_", "dop_v1_", "doo_v1_", "dor_v1_", "sq0atp-", "sq0csp-", "hvs.",
            "AGE-SECRET-KEY-1", "AccountKey=", "eyJ", "PRIVATE KEY");

    /**
     * The Java secret gate's words ({@code rules/config/JavaGate}), in lower case and found in any
     * case: where each occurs, the gate then asks whether it stands as a word.
     */
    public static final List<String> SECRET_WORDS = List.of("pass", "pw", "privatekey", "pbekeyspec", "secret",
            "signingkey", "signwith", "token", "tochararray", "credential", "clientsecret", "apikey", "accesskey",
            "authorization", "addidentity", "encryptionkey", "getconnection", "login", "hmacshakeyfor", "key");

    /** What one pass over a text found: a bit per listed word it contains, and each secret word's start and index, in pairs. */
    public record Found(long[] bits, int[] secretWords) {
    }

    private static final Map<String, Integer> INDEX;
    private static final Pass PASS = new Pass();

    static {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < WORDS.size(); i++) {
            index.put(WORDS.get(i), i);
        }
        INDEX = Map.copyOf(index);
    }

    /**
     * One automaton, blind to case, for both lists: a listed word is then checked in its own case
     * where its letters were found (one pass per file instead of one per list). For each of the
     * automaton's words: its length, the listed words it stands for, and the secret word it is (or -1).
     * Filled here and never written after.
     */
    private static final class Pass {
        final WordAutomaton automaton;
        final int[] length;
        final String[][] exact;
        final int[][] exactIndex;
        final int[] secret;

        Pass() {
            Map<String, List<Integer>> exactOf = new LinkedHashMap<>();
            Map<String, Integer> secretOf = new HashMap<>();
            // loops, not streams or lambdas: a cold audit builds this first (see Finding.comparePlace)
            for (int i = 0; i < WORDS.size(); i++) {
                String folded = WORDS.get(i).toLowerCase(Locale.ROOT);
                List<Integer> indexes = exactOf.get(folded);
                if (indexes == null) {
                    indexes = new ArrayList<>();
                    exactOf.put(folded, indexes);
                }
                indexes.add(i);
            }
            for (int i = 0; i < SECRET_WORDS.size(); i++) {
                exactOf.putIfAbsent(SECRET_WORDS.get(i), new ArrayList<>());
                secretOf.put(SECRET_WORDS.get(i), i);
            }
            List<String> folded = List.copyOf(exactOf.keySet());
            automaton = new WordAutomaton(folded, true);
            length = new int[folded.size()];
            exact = new String[folded.size()][];
            exactIndex = new int[folded.size()][];
            secret = new int[folded.size()];
            for (int w = 0; w < folded.size(); w++) {
                length[w] = folded.get(w).length();
                List<Integer> indexes = exactOf.get(folded.get(w));
                exactIndex[w] = new int[indexes.size()];
                exact[w] = new String[indexes.size()];
                for (int k = 0; k < indexes.size(); k++) {
                    exactIndex[w][k] = indexes.get(k);
                    exact[w][k] = WORDS.get(indexes.get(k));
                }
                secret[w] = secretOf.getOrDefault(folded.get(w), -1);
            }
        }
    }

    private Mentions() {
    }

    /** True when {@code word} is answered by the one pass rather than by its own {@code contains}. */
    public static boolean lists(String word) {
        return INDEX.containsKey(word);
    }

    /**
     * The words as one set of bits for {@link SourceFile#mentionsAny}, taken once by a rule that asks
     * for any of many words in every file; null when one of them is not listed.
     */
    public static long[] mask(List<String> words) {
        long[] mask = new long[bitsLength()];
        for (String w : words) {
            int i = index(w);
            if (i < 0) {
                return null;
            }
            mask[i >>> 6] |= 1L << i;
        }
        return mask;
    }

    /** The position of {@code word} in the list, or -1 when it is not listed. */
    static int index(String word) {
        Integer i = INDEX.get(word);
        return i == null ? -1 : i;
    }

    /** How many longs {@link Found#bits} holds. */
    static int bitsLength() {
        return (WORDS.size() + 63) / 64;
    }

    /**
     * The listed words {@code text} contains (bit {@code i} for word {@code i}), and where each secret
     * word's letters stand, in any case.
     */
    public static Found find(String text) {
        long[] found = new long[bitsLength()];
        int[] secrets = null;
        int count = 0;
        Pass p = PASS;
        WordAutomaton a = p.automaton;
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            state = a.step(state, text.charAt(i));
            int[] ends = a.ends(state);
            if (ends != null) {
                for (int w : ends) {
                    int start = i + 1 - p.length[w];
                    String[] words = p.exact[w];
                    for (int k = 0; k < words.length; k++) {
                        if (text.startsWith(words[k], start)) {
                            int m = p.exactIndex[w][k];
                            found[m >>> 6] |= 1L << m;
                        }
                    }
                    if (p.secret[w] >= 0) {
                        if (secrets == null) {
                            secrets = new int[16];
                        } else if (count == secrets.length) {
                            secrets = Arrays.copyOf(secrets, count * 2);
                        }
                        secrets[count++] = start;
                        secrets[count++] = p.secret[w];
                    }
                }
            }
        }
        return new Found(found, secrets == null ? new int[0] : Arrays.copyOf(secrets, count));
    }
}
