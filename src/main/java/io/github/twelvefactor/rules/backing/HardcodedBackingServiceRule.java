package io.github.twelvefactor.rules.backing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;

import io.github.twelvefactor.engine.Factor;
import io.github.twelvefactor.engine.FileRule;
import io.github.twelvefactor.engine.Reporter;
import io.github.twelvefactor.engine.RuleDefinition;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.ConfigProfiles;
import io.github.twelvefactor.rules.JavaNodes;
import io.github.twelvefactor.rules.Placeholders;
import io.github.twelvefactor.source.ConfigEntry;
import io.github.twelvefactor.source.Scope;
import io.github.twelvefactor.source.SourceFile;
import io.github.twelvefactor.source.XmlFile;

/**
 * A backing service's host written into the app. Main config (properties, YAML): a value whose
 * URL names a service by scheme ({@code jdbc:postgresql://db/app}, {@code mongodb://},
 * {@code redis://}, {@code amqp://}, {@code bolt://}) under any key, and any host, URL or
 * {@code host:port} list under a key that names a service and a place: a segment such as
 * {@code datasource}, {@code db}, {@code redis}, {@code rabbitmq}, {@code kafka}, {@code mongodb},
 * {@code mail}, {@code elasticsearch}, {@code s3}, {@code minio}, {@code ldap} and a last segment
 * such as {@code url}, {@code host}, {@code hosts}, {@code uris}, {@code addresses},
 * {@code bootstrap-servers}, {@code brokers}, {@code endpoint} ({@code spring.data.redis.host},
 * {@code spring.kafka.bootstrap-servers}, {@code quarkus.datasource.jdbc.url},
 * {@code datasources.default.url}, {@code cloud.aws.s3.endpoint}). Main XML (Spring contexts,
 * {@code persistence.xml}, {@code context.xml}): service URLs in attributes and text. Main Java:
 * service URLs in string literals, Kafka's {@code bootstrap.servers} put into properties, and a
 * literal host given to a client ({@code new Jedis("cache")}, {@code new CachingConnectionFactory("mq")},
 * {@code setHost("smtp.example.org")} in a file that imports a mail, Redis, RabbitMQ, Kafka or MongoDB client).
 * {@code localhost}, loopback and private addresses and fixed host names are all reported. A host
 * that Maven fills in at build time ({@code @db.url@}, {@code ${db.host}} in a filtered resource) is
 * {@code build-time-config}'s finding, on the same line: it is not reported twice.
 *
 * <p>Not reported: a host taken from a placeholder ({@code ${DB_HOST}}, {@code ${DB_URL:jdbc:...}}:
 * the deploy decides), in-process databases ({@code jdbc:h2:mem:}, {@code jdbc:h2:file:}: that is
 * {@code embedded-database}'s finding), Testcontainers' {@code jdbc:tc:}, a bare prefix tested in
 * Java ({@code url.startsWith("jdbc:mysql://")}), template slots ({@code <host>}) and environment
 * variable names ({@code KAFKA_SERVERS}), sample files ({@code application-ldap-sample.yml}), test config, and
 * {@code localhost} in config that only applies on the developer's machine or in the test suite
 * ({@code application-dev.yml}, {@code %dev.}): that is where a local database belongs. A remote
 * host in such a profile is still reported: a shared dev database is a deploy of its own.
 */
@RuleDefinition(id = "hardcoded-backing-service", factor = Factor.IV, severity = Severity.WARNING,
        summary = "A backing service's host (database, cache, broker, mail, object store) is written into config or code",
        remediation = "Read the service's location from the environment: spring.datasource.url=${DATABASE_URL} "
                + "(quarkus.datasource.jdbc.url=${DATABASE_URL}, spring.data.redis.host=${REDIS_HOST}), so that a deploy "
                + "swaps a local service for a managed one without a code change.",
        bad = "spring.datasource.url=jdbc:postgresql://db.internal:5432/shop",
        good = "spring.datasource.url=${DATABASE_URL}")
public final class HardcodedBackingServiceRule implements FileRule {
    private static final Set<String> PLACE_SEGMENTS = Set.of("host", "hosts", "hostname", "url", "urls", "uri", "uris",
            "address", "addresses", "bootstrap-servers", "servers", "brokers", "connection-string", "endpoint",
            "endpoint-override", "jdbc-url", "broker-url", "contact-points", "nodes", "cluster-nodes");
    private static final Map<String, String> SERVICE_WORDS = Map.ofEntries(Map.entry("datasource", "database"),
            Map.entry("datasources", "database"), Map.entry("db", "database"), Map.entry("database", "database"),
            Map.entry("r2dbc", "database"), Map.entry("flyway", "database"), Map.entry("liquibase", "database"),
            Map.entry("redis", "Redis"), Map.entry("rabbitmq", "RabbitMQ"), Map.entry("rabbit", "RabbitMQ"),
            Map.entry("amqp", "RabbitMQ"), Map.entry("kafka", "Kafka"), Map.entry("bootstrap", "Kafka"),
            Map.entry("mongodb", "MongoDB"), Map.entry("mongo", "MongoDB"), Map.entry("mail", "mail server"),
            Map.entry("smtp", "mail server"), Map.entry("mailer", "mail server"), Map.entry("elasticsearch", "Elasticsearch"),
            Map.entry("opensearch", "OpenSearch"), Map.entry("cassandra", "Cassandra"), Map.entry("neo4j", "Neo4j"),
            Map.entry("activemq", "ActiveMQ"), Map.entry("artemis", "Artemis"), Map.entry("s3", "object store"),
            Map.entry("minio", "object store"), Map.entry("ldap", "LDAP server"), Map.entry("memcached", "Memcached"),
            Map.entry("couchbase", "Couchbase"), Map.entry("nats", "NATS"), Map.entry("pulsar", "Pulsar"),
            Map.entry("solr", "Solr"));
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9_.-]+|[0-9A-Fa-f:]+");
    /** {@code KAFKA_SERVERS}: the name of an environment variable (node-config's custom-environment-variables.yml), not a host. */
    private static final Pattern ENV_NAME = Pattern.compile("[A-Z][A-Z0-9]*_[A-Z0-9_]+");
    /** {@code application-ldap-sample.yml}, {@code mail.properties.example}: documentation that ships no settings. */
    private static final Pattern SAMPLE_FILE = Pattern.compile("sample|example|template");
    private static final Set<String> PREFIX_TESTS = Set.of("startsWith", "endsWith", "contains", "equals",
            "equalsIgnoreCase", "indexOf", "matches", "replace", "replaceFirst", "replaceAll");
    private static final Set<String> CLIENT_TYPES = Set.of("Jedis", "JedisPool", "JedisPooled", "HostAndPort",
            "RedisStandaloneConfiguration", "CachingConnectionFactory", "ServerAddress", "MongoClient");
    private static final Set<String> HOST_SETTERS = Set.of("setHost", "setHostName", "setAddresses", "setBootstrapServers");
    private static final List<String> CLIENT_PACKAGES = List.of("com.rabbitmq.", "org.springframework.amqp.",
            "redis.clients.", "io.lettuce.", "org.springframework.data.redis.", "org.springframework.mail.",
            "jakarta.mail.", "javax.mail.", "com.mongodb.", "org.apache.kafka.");

    @Override
    public boolean accepts(SourceFile file) {
        return switch (file.kind()) {
            case PROPERTIES, YAML -> file.isMainConfig();
            // not a bare "://": every licence header and XML namespace has one
            case XML -> (file.isMainConfig() || file.path().startsWith("src/main/")) && mentionsServiceUrl(file);
            case JAVA -> file.scope() == Scope.MAIN && (mentionsServiceUrl(file) || file.mentions("Jedis")
                    || file.mentions("CachingConnectionFactory") || file.mentions("ServerAddress") || file.mentions("MongoClient")
                    || file.mentions("setHost") || file.mentions("etAddresses") || file.mentions("BOOTSTRAP_SERVERS")
                    || file.mentions("bootstrap.servers") || file.mentions("RedisStandalone"));
            default -> false;
        };
    }

    /** Cheap text test for the URL schemes {@link ServiceHosts#byScheme} reads. */
    private static boolean mentionsServiceUrl(SourceFile f) {
        return f.mentions("jdbc:") || f.mentions("r2dbc:") || f.mentions("mongodb") || f.mentions("redis://")
                || f.mentions("rediss://") || f.mentions("amqp://") || f.mentions("amqps://") || f.mentions("bolt://")
                || f.mentions("neo4j://") || f.mentions("neo4j+s://");
    }

    @Override
    public void check(SourceFile file, Reporter out) {
        switch (file.kind()) {
            case JAVA -> java(file, out);
            case XML -> xml(file, out);
            default -> config(file, out);
        }
    }

    private static void config(SourceFile file, Reporter out) {
        if (SAMPLE_FILE.matcher(file.fileName().toLowerCase(Locale.ROOT)).find()) {
            return;
        }
        ConfigProfiles profiles = null;
        for (ConfigEntry e : file.configEntries()) {
            String v = e.value() == null ? "" : e.value().strip();
            if (v.isEmpty()) {
                continue;
            }
            String service = serviceOfKey(ConfigProfiles.withoutQuarkusProfile(e.key()), e.lastSegment());
            List<ServiceHosts.Target> targets = ServiceHosts.byScheme(v);
            if (targets.isEmpty() && service != null && !v.contains("jdbc:") && !v.contains("r2dbc:")) {
                targets = ServiceHosts.targets(service, ServiceHosts.hostsOf(v));
            }
            for (ServiceHosts.Target t : targets) {
                if (!fixed(t.host(), v)) {
                    continue;
                }
                profiles = profiles == null ? ConfigProfiles.of(file) : profiles;
                if (ServiceHosts.loopback(t.host()) && profiles.developmentOnly(e)) {
                    continue;
                }
                out.report(e.line(), e.column(), t.service() + " at the fixed host " + ServiceHosts.describe(t.host())
                        + " in " + e.key() + " (" + file.fileName() + ")");
                break;
            }
        }
    }

    /** What service a key names when it also names a place ({@code spring.data.redis.host}: Redis), or null. */
    static String serviceOfKey(String key, String lastSegment) {
        if (!PLACE_SEGMENTS.contains(lastSegment.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String[] words = key.toLowerCase(Locale.ROOT).split("[.\\-_\\[\\]]+");
        for (int i = 0; i < words.length - 1; i++) {
            String s = SERVICE_WORDS.get(words[i]);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** True when the host is written out and looks like a host (not {@code <host>}). */
    private static boolean fixed(String host, String value) {
        if (!ServiceHosts.literal(host) || !HOST.matcher(host).matches() || ENV_NAME.matcher(host).matches()) {
            return false;
        }
        String v = value.strip();
        // ${DB_URL:jdbc:postgresql://localhost/app}: the whole value is the deploy's to set
        return !(v.startsWith("${") && v.endsWith("}")) && !Placeholders.shipped(v).isEmpty();
    }

    private static void xml(SourceFile file, Reporter out) {
        XmlFile xml = file.xml();
        if (xml == null) {
            return;
        }
        for (XmlFile.Element el : xml.elements()) {
            String found = firstFixed(el.text());
            for (String a : el.attributes().values()) {
                found = found != null ? found : firstFixed(a);
            }
            if (found != null) {
                out.report(el.line(), 0, found + " in " + file.fileName());
            }
        }
    }

    /** {@code PostgreSQL database at the fixed host 'db'} for the first fixed service host a text names, or null. */
    private static String firstFixed(String text) {
        if (text == null || text.length() < 8 || text.indexOf(':') < 0) {
            return null;
        }
        for (ServiceHosts.Target t : ServiceHosts.byScheme(text)) {
            if (fixed(t.host(), text)) {
                return t.service() + " at the fixed host " + ServiceHosts.describe(t.host());
            }
        }
        return null;
    }

    private static void java(SourceFile file, Reporter out) {
        CompilationUnit cu = file.java();
        if (cu == null) {
            return;
        }
        boolean clients = CLIENT_PACKAGES.stream().anyMatch(p -> JavaNodes.importsFrom(cu, p));
        for (Node n : cu.findAll(Node.class, n -> n instanceof StringLiteralExpr || n instanceof TextBlockLiteralExpr
                || n instanceof ObjectCreationExpr || n instanceof MethodCallExpr)) {
            String found = null;
            Node at = n;
            if (n instanceof StringLiteralExpr || n instanceof TextBlockLiteralExpr) {
                boolean prefixTest = n.getParentNode().filter(p -> p instanceof MethodCallExpr m
                        && PREFIX_TESTS.contains(m.getNameAsString())).isPresent();
                found = prefixTest ? null : firstFixed(JavaNodes.stringValue((Expression) n));
            } else if (n instanceof ObjectCreationExpr oc && CLIENT_TYPES.contains(oc.getType().getNameAsString())) {
                at = hostArgument(oc.getArguments());
                found = at == null ? null : describeHost(oc.getType().getNameAsString(), at);
            } else if (n instanceof MethodCallExpr m) {
                at = kafkaServers(m.getArguments());
                if (at == null && clients && HOST_SETTERS.contains(m.getNameAsString()) && m.getArguments().size() == 1) {
                    at = hostArgument(m.getArguments());
                }
                found = at == null ? null : describeHost(m.getNameAsString() + "(...)", at);
            }
            if (found != null) {
                out.report(JavaNodes.line(at), JavaNodes.column(at), found + " in " + file.fileName());
            }
        }
    }

    /** The first argument that is a plain host literal ({@code "cache"}, {@code "10.0.0.7"}, {@code "mq:5672"}), not a URL. */
    private static Expression hostArgument(List<Expression> args) {
        for (Expression a : args) {
            String s = JavaNodes.stringValue(a);
            if (s != null && !s.contains("://") && !ServiceHosts.hostsOf(s).isEmpty()) {
                return a;
            }
        }
        return null;
    }

    /** The value of a Kafka {@code bootstrap.servers} entry put into a map or properties, or null. */
    private static Expression kafkaServers(List<Expression> args) {
        for (int i = 0; i + 1 < args.size(); i++) {
            Expression key = args.get(i);
            String literal = JavaNodes.stringValue(key);
            boolean isKey = literal != null ? literal.equals("bootstrap.servers")
                    : (key.isNameExpr() || key.isFieldAccessExpr()) && key.toString().endsWith("BOOTSTRAP_SERVERS_CONFIG");
            if (isKey && JavaNodes.stringValue(args.get(i + 1)) != null) {
                return args.get(i + 1);
            }
        }
        return null;
    }

    private static String describeHost(String where, Node literal) {
        for (String host : ServiceHosts.hostsOf(JavaNodes.stringValue((Expression) literal))) {
            if (fixed(host, host)) {
                return where + " connects to the fixed host " + ServiceHosts.describe(host);
            }
        }
        return null;
    }
}
