package io.github.twelvefactor.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the rules' cheap tests ask about ({@code accepts}: "does this file mention
 * {@code jdbc:}?"), found for all of them in one pass over a file, the way gitleaks' keyword
 * pre-filter works: a table keyed by each word's first two characters names the few words worth a
 * comparison at each position. A file then costs one pass, not one {@code contains} per word per
 * rule. The answers are exactly {@link String#contains}'s; a word not listed here is answered by
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
            "log",
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
    /** Word indexes by the word's first two characters (Latin-1 only: every word is ASCII). */
    private static final int[][] BY_BIGRAM = new int[1 << 16][];
    /** Indexes of one-character words (just "%"), checked by {@code indexOf}. */
    private static final List<Integer> SINGLE;

    static {
        Map<String, Integer> index = new HashMap<>();
        List<Integer> single = new ArrayList<>();
        Map<Integer, Set<Integer>> table = new HashMap<>();
        for (int i = 0; i < WORDS.size(); i++) {
            String w = WORDS.get(i);
            if (index.put(w, i) != null) {
                throw new IllegalStateException("listed twice: " + w);
            }
            if (w.length() == 1) {
                single.add(i);
            } else {
                table.computeIfAbsent((w.charAt(0) << 8) | w.charAt(1), k -> new LinkedHashSet<>()).add(i);
            }
        }
        table.forEach((k, v) -> BY_BIGRAM[k] = v.stream().mapToInt(Integer::intValue).toArray());
        INDEX = Map.copyOf(index);
        SINGLE = List.copyOf(single);
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
        int n = text.length() - 1;
        char c1 = n >= 0 ? text.charAt(0) : 0;
        for (int i = 0; i < n; i++) {
            char c0 = c1;
            c1 = text.charAt(i + 1);
            if ((c0 | c1) > 0xff) {
                continue;
            }
            int[] candidates = BY_BIGRAM[(c0 << 8) | c1];
            if (candidates != null) {
                for (int w : candidates) {
                    if ((found[w >>> 6] & (1L << w)) == 0 && text.startsWith(WORDS.get(w), i)) {
                        found[w >>> 6] |= 1L << w;
                    }
                }
            }
        }
        for (int w : SINGLE) {
            if (text.indexOf(WORDS.get(w).charAt(0)) >= 0) {
                found[w >>> 6] |= 1L << w;
            }
        }
        return found;
    }
}
