package io.github.twelvefactor.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A container image reference ({@code [registry[:port]/]path[:tag][@digest]}) after its variables
 * were resolved, as Dockerfile {@code FROM} and compose {@code image:} name images.
 *
 * <p>A variable that nothing resolves (an {@code ARG} without a default, a compose {@code ${TAG}}
 * without a default) becomes {@link #UNSET}: the build command or the deploy fills it in, so a
 * part that holds it is not judged.
 */
public record ImageRef(String text, String registry, String repository, String tag, boolean digest) {
    /** Stands for a variable that nothing in the file resolves. */
    public static final char UNSET = '\u0001';
    private static final Pattern SPLIT = Pattern.compile("[/._\\s\\\\-]+");

    /**
     * Images of backing services and infrastructure (databases, brokers, caches, search, identity,
     * proxies, observability, mail and cloud emulators, log shippers, admin consoles): a token of
     * the repository path is one of these. None of them is ever the project's own app.
     */
    private static final Set<String> BACKING = Set.of("postgres", "postgresql", "postgis", "pgvector", "timescaledb",
            "mysql", "mariadb", "percona", "mongo", "mongodb", "mongoexpress", "redis", "valkey", "keydb", "memcached",
            "rabbitmq", "activemq", "artemis", "kafka", "redpanda", "zookeeper", "kafdrop", "akhq", "nats", "pulsar",
            "elasticsearch", "opensearch", "kibana", "logstash", "solr", "cassandra", "scylla", "neo4j", "couchbase",
            "couchdb", "influxdb", "clickhouse", "cockroach", "cockroachdb", "mssql", "oracle", "db2", "h2database",
            "hazelcast", "infinispan", "ignite", "keycloak", "nginx", "traefik", "caddy", "haproxy", "httpd", "envoy",
            "prometheus", "grafana", "loki", "tempo", "mimir", "jaeger", "jaegertracing", "zipkin", "openzipkin",
            "otel", "opentelemetry", "alertmanager", "mailhog", "mailpit", "greenmail", "smtp4dev", "minio",
            "localstack", "azurite", "dynamodb", "vault", "consul", "etcd", "adminer", "pgadmin", "pgadmin4",
            "phpmyadmin", "wiremock", "mockserver", "selenium", "sonarqube", "jenkins", "flyway", "liquibase",
            "filebeat", "fluentd", "fluent", "promtail", "vector", "busybox");

    /** The repository's last segment, e.g. {@code postgres} for {@code docker.io/library/postgres:16}. */
    public String name() {
        int slash = repository.lastIndexOf('/');
        return slash < 0 ? repository : repository.substring(slash + 1);
    }

    /** True when the reference says nothing but a variable: {@code ${IMAGE}}. */
    public boolean unknown() {
        return text.replace(String.valueOf(UNSET), "").isBlank();
    }

    /** True when a part that decides the version is left to a variable: {@code app:${TAG}}. */
    public boolean versionLeftOpen() {
        return (tag != null && tag.indexOf(UNSET) >= 0) || name().indexOf(UNSET) >= 0;
    }

    /** True for images of backing services or infrastructure (see {@link #BACKING}). */
    public boolean backingService() {
        for (String token : SPLIT.split(repository)) {
            if (BACKING.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** True when a word names a backing service (a service name, a build folder): {@code orders-db}. */
    public static boolean backingName(String name) {
        for (String token : SPLIT.split(name.toLowerCase(Locale.ROOT))) {
            if (BACKING.contains(token) || token.equals("db") || token.equals("database") || token.equals("cache")
                    || token.equals("broker") || token.equals("mq") || token.equals("proxy") || token.equals("smtp")
                    || token.equals("mail")) {
                return true;
            }
        }
        return false;
    }

    /** Parses a reference whose variables are already resolved (see {@link #resolve}). */
    public static ImageRef parse(String reference) {
        String s = reference.strip();
        boolean digest = s.indexOf('@') >= 0;
        String name = digest ? s.substring(0, s.indexOf('@')) : s;
        String tag = null;
        int slash = name.lastIndexOf('/');
        int colon = name.lastIndexOf(':');
        if (colon > slash) {
            tag = name.substring(colon + 1);
            name = name.substring(0, colon);
        }
        String registry = null;
        int first = name.indexOf('/');
        if (first > 0) {
            String head = name.substring(0, first);
            if (head.contains(".") || head.contains(":") || head.equals("localhost") || head.indexOf(UNSET) >= 0) {
                registry = head;
                name = name.substring(first + 1);
            }
        }
        return new ImageRef(s, registry, name.toLowerCase(Locale.ROOT), tag, digest);
    }

    /**
     * Resolves {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}} and {@code ${VAR-default}}
     * from {@code known} (a null value counts as unset), then from the default; what stays
     * unresolved becomes {@link #UNSET}. {@code $$} is a literal {@code $}.
     */
    public static String resolve(String text, Map<String, String> known) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$' || i + 1 >= text.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = text.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i += 2;
            } else if (next == '{') {
                int end = text.indexOf('}', i + 2);
                if (end < 0) {
                    out.append(text, i, text.length());
                    break;
                }
                out.append(variable(text.substring(i + 2, end), known));
                i = end + 1;
            } else if (Character.isLetter(next) || next == '_') {
                int end = i + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                String value = known.get(text.substring(i + 1, end));
                out.append(value != null ? value : String.valueOf(UNSET));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String variable(String inner, Map<String, String> known) {
        int op = 0;
        // a dot too, for Maven's ${project.artifactId}; Docker and compose names have none
        while (op < inner.length() && (Character.isLetterOrDigit(inner.charAt(op)) || inner.charAt(op) == '_'
                || inner.charAt(op) == '.')) {
            op++;
        }
        String name = inner.substring(0, op);
        String rest = inner.substring(op);
        String value = known.get(name);
        if (rest.startsWith(":-") || rest.startsWith("-")) {
            String fallback = rest.substring(rest.startsWith(":-") ? 2 : 1);
            return value != null && !(rest.startsWith(":-") && value.isEmpty()) ? value : resolve(fallback, known);
        }
        return value != null && rest.isEmpty() ? value : String.valueOf(UNSET);
    }
}
