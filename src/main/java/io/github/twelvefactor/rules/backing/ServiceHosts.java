package io.github.twelvefactor.rules.backing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.twelvefactor.rules.DatabaseEngine;

/**
 * Where a backing service lives, read from a config value or a Java literal: the hosts of a JDBC
 * or R2DBC URL (PostgreSQL, MySQL, Oracle thin, SQL Server, the server modes of H2, HSQLDB and
 * Derby), of a {@code mongodb://}, {@code redis://}, {@code amqp://}... URL, or of a
 * {@code host[:port][,host[:port]]} list. Hosts come back as written, placeholders included, so the
 * caller can tell a literal from a run-time value; user info (where a password may stand) is never
 * returned.
 */
final class ServiceHosts {
    /** A service at a host. */
    record Target(String service, String host) {
    }

    /** URL schemes that name a backing service whatever key holds them. */
    private static final Map<String, String> SCHEMES = Map.ofEntries(Map.entry("mongodb", "MongoDB"),
            Map.entry("mongodb+srv", "MongoDB"), Map.entry("redis", "Redis"), Map.entry("rediss", "Redis"),
            Map.entry("amqp", "RabbitMQ"), Map.entry("amqps", "RabbitMQ"), Map.entry("bolt", "Neo4j"),
            Map.entry("neo4j", "Neo4j"), Map.entry("neo4j+s", "Neo4j"));
    private static final Pattern SCHEME_URL = Pattern.compile("(?<![\\w+.-])(mongodb\\+srv|mongodb|rediss?|amqps?|bolt|neo4j\\+s|neo4j)://",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:(?:\\(?[A-Za-z]+:)?//");
    private static final Pattern NAMED_HOST = Pattern.compile("(?i)(?:host|serverName|server)=([^;)&\\s]+)");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.\\d{1,3}\\.\\d{1,3}");

    private ServiceHosts() {
    }

    /**
     * The first backing service a value names by its URL scheme (JDBC/R2DBC with a server engine,
     * MongoDB, Redis, AMQP, Neo4j), with every host it lists; empty when none, for embedded
     * databases in their in-process modes, and for Testcontainers' {@code jdbc:tc:}.
     */
    static List<Target> byScheme(String value) {
        DatabaseEngine.UrlMatch db = DatabaseEngine.findUrl(value);
        if (db != null) {
            String rest = value.substring(db.prefixEnd());
            if (db.testcontainers() || (db.engine().embedded() && !serverMode(rest))) {
                return List.of();
            }
            return targets(db.engine().label() + " database", jdbcHosts(db.engine(), rest));
        }
        // the pattern needs "://": most values have none, and its search is the costly part
        Matcher m = value.contains("://") ? SCHEME_URL.matcher(value) : null;
        if (m != null && m.find()) {
            return targets(SCHEMES.get(m.group(1).toLowerCase(Locale.ROOT)), authorityHosts(value.substring(m.end())));
        }
        return List.of();
    }

    /** The hosts of a value held by a key that names a service: URLs of any scheme or a {@code host[:port]} list. */
    static List<String> hostsOf(String value) {
        List<String> hosts = new ArrayList<>();
        for (String item : value.split("[,\\s]+")) {
            if (item.isEmpty()) {
                continue;
            }
            Matcher url = ANY_URL.matcher(item);
            if (url.find()) {
                hosts.addAll(authorityHosts(item.substring(url.end())));
            } else if (!item.contains("/") && !item.contains("@")) {
                hosts.add(stripPort(item));
            }
        }
        List<String> named = new ArrayList<>(hosts.size()); // a loop: see Finding.comparePlace
        for (String h : hosts) {
            if (!h.isEmpty()) {
                named.add(h);
            }
        }
        return named;
    }

    private static boolean serverMode(String rest) {
        String r = rest.toLowerCase(Locale.ROOT);
        return r.startsWith("tcp:") || r.startsWith("ssl:") || r.startsWith("hsql:") || r.startsWith("hsqls:")
                || r.startsWith("http:") || r.startsWith("https:") || r.startsWith("//");
    }

    private static List<String> jdbcHosts(DatabaseEngine engine, String rest) {
        int slashes = rest.indexOf("//");
        if (slashes >= 0) {
            List<String> hosts = authorityHosts(rest.substring(slashes + 2));
            if (!hosts.isEmpty()) {
                return hosts;
            }
        }
        Matcher named = NAMED_HOST.matcher(rest);
        if (named.find()) {
            return List.of(named.group(1));
        }
        int at = rest.indexOf('@');
        if (engine == DatabaseEngine.ORACLE && at >= 0) {
            String tns = rest.substring(at + 1);
            return tns.isEmpty() || tns.startsWith("(") ? List.of() : List.of(stripPort(tns.split("[/:?]")[0]));
        }
        // jdbc:postgresql:shop has no host: the driver connects to localhost
        return engine == DatabaseEngine.POSTGRESQL && slashes < 0 && !rest.isBlank() ? List.of("localhost") : List.of();
    }

    /** Hosts of an authority ({@code user:pw@h1:1,h2:2/path}); MySQL's {@code address=(host=x)} form too. */
    private static List<String> authorityHosts(String afterSlashes) {
        int end = afterSlashes.length();
        for (int i = 0; i < afterSlashes.length(); i++) {
            char c = afterSlashes.charAt(i);
            if (c == '/' || c == '?' || c == ';' || c == '"' || c == '\'' || c == '<' || Character.isWhitespace(c)) {
                end = i;
                break;
            }
        }
        String authority = afterSlashes.substring(0, end);
        int at = authority.lastIndexOf('@');
        authority = at >= 0 ? authority.substring(at + 1) : authority;
        List<String> hosts = new ArrayList<>();
        Matcher named = NAMED_HOST.matcher(authority);
        if (authority.contains("=") && named.find()) {
            hosts.add(named.group(1));
            return hosts;
        }
        for (String h : authority.split(",")) {
            String host = stripPort(h);
            if (!host.isEmpty()) {
                hosts.add(host);
            }
        }
        return hosts;
    }

    /** {@code h} of {@code h:5432}, {@code h\instance}, {@code [::1]:80}; a placeholder is kept whole. */
    private static String stripPort(String hostPort) {
        String h = hostPort.strip();
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close > 0 ? h.substring(1, close) : h;
        }
        if (h.startsWith("${") || h.startsWith("#{")) {
            int close = h.indexOf('}');
            return close > 0 ? h.substring(0, close + 1) : h;
        }
        int cut = h.length();
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c == ':' || c == '\\') {
                cut = i;
                break;
            }
        }
        return h.substring(0, cut);
    }

    static List<Target> targets(String service, List<String> hosts) {
        List<Target> out = new ArrayList<>(hosts.size());
        for (String h : hosts) {
            out.add(new Target(service, h));
        }
        return out;
    }

    /** True when the host is written out rather than taken from a placeholder or a build token. */
    static boolean literal(String host) {
        return !host.isEmpty() && host.indexOf('$') < 0 && host.indexOf('{') < 0 && host.indexOf('%') < 0
                && host.indexOf('@') < 0 && host.indexOf('`') < 0;
    }

    /** True for the developer's own machine: {@code localhost}, {@code 127.x.x.x}, {@code ::1}. */
    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1");
    }

    /** {@code 'localhost' (this machine)}, {@code '10.0.0.5' (a private address)}, {@code 'db.internal'}. */
    static String describe(String host) {
        if (loopback(host)) {
            return "'" + host + "' (this machine)";
        }
        Matcher ip = IPV4.matcher(host);
        if (ip.matches()) {
            int a = Integer.parseInt(ip.group(1));
            int b = Integer.parseInt(ip.group(2));
            boolean priv = a == 10 || (a == 192 && b == 168) || (a == 172 && b >= 16 && b <= 31);
            return "'" + host + "' (" + (priv ? "a private address" : "a fixed address") + ")";
        }
        return "'" + host + "'";
    }
}
