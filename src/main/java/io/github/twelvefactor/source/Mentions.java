package io.github.twelvefactor.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words the rules' cheap tests ask about ({@code accepts}: "does this file mention
 * {@code jdbc:}?"), found for all of them in one pass over a file by a {@link WordAutomaton} (as
 * gitleaks' keyword pre-filter does). A file then costs one table step per character, not one
 * {@code contains} per word per rule. The answers are exactly {@link String#contains}'s; a word not listed here is answered by
 * {@code contains} itself ({@link SourceFile#mentions}), and a test keeps the list complete.
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

    private static final Map<String, Integer> INDEX;
    private static final WordAutomaton WORD_AUTOMATON = new WordAutomaton(WORDS, false);

    static {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < WORDS.size(); i++) {
            index.put(WORDS.get(i), i);
        }
        INDEX = Map.copyOf(index);
    }

    private Mentions() {
    }

    /** True when {@code word} is answered by the one pass rather than by its own {@code contains}. */
    public static boolean lists(String word) {
        return INDEX.containsKey(word);
    }

    /** The position of {@code word} in the list, or -1 when it is not listed. */
    static int index(String word) {
        Integer i = INDEX.get(word);
        return i == null ? -1 : i;
    }

    /** How many longs {@link #scan} returns. */
    static int bitsLength() {
        return (WORDS.size() + 63) / 64;
    }

    /** Which listed words {@code text} contains: bit {@code i} for word {@code i}. */
    static long[] scan(String text) {
        long[] found = new long[bitsLength()];
        WordAutomaton a = WORD_AUTOMATON;
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            state = a.step(state, text.charAt(i));
            int[] ends = a.ends(state);
            if (ends != null) {
                for (int w : ends) {
                    found[w >>> 6] |= 1L << w;
                }
            }
        }
        return found;
    }
}
