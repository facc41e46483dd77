package io.github.twelvefactor.rules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database engines the dev/prod parity and backing-service rules tell apart, and how each one
 * shows itself: in a JDBC/R2DBC URL, a driver class, a Hibernate dialect, a Quarkus
 * {@code db-kind}, a container image, or a Maven artifact.
 */
public enum DatabaseEngine {
    H2("H2", true, "h2", "org.h2.", "H2Dialect"),
    HSQLDB("HSQLDB", true, "hsqldb", "org.hsqldb.", "HSQLDialect"),
    DERBY("Derby", true, "derby", "org.apache.derby.", "DerbyDialect|DerbyTenSevenDialect|DerbyTenSixDialect|DerbyTenFiveDialect"),
    SQLITE("SQLite", true, "sqlite", "org.sqlite.", "SQLiteDialect"),
    POSTGRESQL("PostgreSQL", false, "postgresql|pgsql|postgres", "org.postgresql.", "Postgre\\w*Dialect|PostgresPlusDialect"),
    MYSQL("MySQL", false, "mysql", "com.mysql.", "MySQL\\w*Dialect"),
    MARIADB("MariaDB", false, "mariadb", "org.mariadb.", "MariaDB\\w*Dialect"),
    ORACLE("Oracle", false, "oracle", "oracle.jdbc.", "Oracle\\w*Dialect"),
    SQLSERVER("SQL Server", false, "sqlserver|jtds:sqlserver|mssql", "com.microsoft.sqlserver.", "SQLServer\\w*Dialect");

    /** {@code jdbc:h2:}, {@code jdbc:tc:postgresql:}, {@code r2dbc:pool:mysql:}: group 1 marks Testcontainers, group 2 the engine. */
    private static final Pattern URL = Pattern.compile(
            "(?<![\\w])(?:jdbc|r2dbcs?):(?:p6spy:|log4jdbc:|pool:)?(tc:)?(h2|hsqldb|derby|sqlite|postgresql|pgsql|postgres"
                    + "|mysql|mariadb|oracle|sqlserver|jtds:sqlserver|mssql):", Pattern.CASE_INSENSITIVE);

    private final String label;
    private final boolean embedded;
    private final Pattern urlName;
    private final String driverPackage;
    private final Pattern dialect;

    DatabaseEngine(String label, boolean embedded, String urlNames, String driverPackage, String dialects) {
        this.label = label;
        this.embedded = embedded;
        this.urlName = Pattern.compile(urlNames, Pattern.CASE_INSENSITIVE);
        this.driverPackage = driverPackage;
        this.dialect = Pattern.compile("(?<![\\w])(?:" + dialects + ")\\b");
    }

    public String label() {
        return label;
    }

    /** In-process or file engines (H2, HSQLDB, Derby, SQLite), as against database servers. */
    public boolean embedded() {
        return embedded;
    }

    /**
     * A JDBC or R2DBC URL found in {@code text}: its engine, where it starts, where its
     * {@code jdbc:engine:} prefix ends, and whether Testcontainers runs it ({@code jdbc:tc:}).
     */
    public record UrlMatch(DatabaseEngine engine, int start, int prefixEnd, boolean testcontainers) {
    }

    /** The first database URL in {@code text}, or null. */
    public static UrlMatch findUrl(String text) {
        if (text == null || text.indexOf(':') < 0) {
            return null;
        }
        Matcher m = URL.matcher(text);
        while (m.find()) {
            for (DatabaseEngine e : values()) {
                if (e.urlName.matcher(m.group(2)).matches()) {
                    return new UrlMatch(e, m.start(), m.end(), m.group(1) != null);
                }
            }
        }
        return null;
    }

    /**
     * The engine a config value names, or null: a URL, a driver class ({@code org.h2.Driver}), a
     * Hibernate dialect ({@code org.hibernate.dialect.PostgreSQLDialect}).
     */
    public static DatabaseEngine ofValue(String value) {
        UrlMatch url = findUrl(value);
        if (url != null) {
            return url.engine();
        }
        if (value == null || !(value.contains("Driver") || value.contains("Dialect") || value.contains("JDBC"))) {
            return null;
        }
        String v = value.strip();
        for (DatabaseEngine e : values()) {
            if ((v.startsWith(e.driverPackage) && (v.contains("Driver") || v.equals("org.sqlite.JDBC")))
                    || (v.contains("Dialect") && e.dialect.matcher(v).find())) {
                return e;
            }
        }
        return null;
    }

    /**
     * The engine a bare engine name stands for: Quarkus {@code db-kind} ({@code h2}, {@code postgresql},
     * {@code pg}, {@code mssql}), Spring's {@code spring.jpa.database} ({@code POSTGRESQL}, {@code HSQL},
     * {@code SQL_SERVER}), Micronaut's {@code dialect} ({@code POSTGRES}, {@code H2}); null otherwise.
     */
    public static DatabaseEngine ofName(String name) {
        if (name == null) {
            return null;
        }
        return switch (name.strip().toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "h2" -> H2;
            case "hsql", "hsqldb" -> HSQLDB;
            case "derby" -> DERBY;
            case "sqlite" -> SQLITE;
            case "postgresql", "postgres", "pg", "pgsql" -> POSTGRESQL;
            case "mysql" -> MYSQL;
            case "mariadb" -> MARIADB;
            case "oracle" -> ORACLE;
            case "mssql", "sql_server", "sqlserver" -> SQLSERVER;
            default -> null;
        };
    }

    /** The server engine a container image runs ({@code postgres:16}, {@code bitnami/mysql}, {@code mcr.microsoft.com/mssql/server}), or null. */
    public static DatabaseEngine ofImage(String image) {
        if (image == null) {
            return null;
        }
        String s = image.toLowerCase(Locale.ROOT);
        int at = s.indexOf('@');
        s = at < 0 ? s : s.substring(0, at);
        int colon = s.lastIndexOf(':');
        s = colon > s.lastIndexOf('/') ? s.substring(0, colon) : s;
        String name = s.substring(s.lastIndexOf('/') + 1);
        if (name.startsWith("postgres") || name.equals("postgis") || name.startsWith("timescaledb")) {
            return POSTGRESQL;
        }
        if (name.equals("mysql") || name.equals("mysql-server")) {
            return MYSQL;
        }
        if (name.equals("mariadb")) {
            return MARIADB;
        }
        if (name.startsWith("oracle-") || s.contains("/oracle/database") || s.contains("database/enterprise")
                || s.contains("database/free") || s.contains("database/express")) {
            return ORACLE;
        }
        if (s.contains("mssql") || name.equals("azure-sql-edge")) {
            return SQLSERVER;
        }
        return null;
    }

    /** The engine a JDBC/R2DBC driver artifact (or Quarkus extension) brings, or null. */
    public static DatabaseEngine ofDriverArtifact(String groupId, String artifactId) {
        String g = groupId == null ? "" : groupId;
        String a = artifactId == null ? "" : artifactId;
        if (g.equals("io.quarkus") && a.startsWith("quarkus-jdbc-")) {
            return ofName(a.substring("quarkus-jdbc-".length()));
        }
        if (g.equals("io.quarkus") && a.startsWith("quarkus-reactive-") && a.endsWith("-client")) {
            return ofName(a.substring("quarkus-reactive-".length(), a.length() - "-client".length()));
        }
        return switch (g + ":" + a) {
            case "com.h2database:h2", "io.r2dbc:r2dbc-h2" -> H2;
            case "org.hsqldb:hsqldb", "hsqldb:hsqldb" -> HSQLDB;
            case "org.apache.derby:derby", "org.apache.derby:derbyclient", "org.apache.derby:derbytools" -> DERBY;
            case "org.xerial:sqlite-jdbc" -> SQLITE;
            case "org.postgresql:postgresql", "org.postgresql:r2dbc-postgresql", "io.r2dbc:r2dbc-postgresql" -> POSTGRESQL;
            case "com.mysql:mysql-connector-j", "mysql:mysql-connector-java", "io.asyncer:r2dbc-mysql" -> MYSQL;
            case "org.mariadb.jdbc:mariadb-java-client", "org.mariadb:r2dbc-mariadb" -> MARIADB;
            case "com.microsoft.sqlserver:mssql-jdbc", "net.sourceforge.jtds:jtds", "io.r2dbc:r2dbc-mssql" -> SQLSERVER;
            default -> g.startsWith("com.oracle.database.jdbc") || g.equals("com.oracle.ojdbc") ? ORACLE : null;
        };
    }

    /** The server engine a Testcontainers module runs ({@code org.testcontainers:postgresql}), or null. */
    public static DatabaseEngine ofTestcontainersArtifact(String groupId, String artifactId) {
        if (!"org.testcontainers".equals(groupId) || artifactId == null) {
            return null;
        }
        String a = artifactId.startsWith("testcontainers-") ? artifactId.substring("testcontainers-".length()) : artifactId;
        return switch (a) {
            case "postgresql" -> POSTGRESQL;
            case "mysql" -> MYSQL;
            case "mariadb" -> MARIADB;
            case "oracle-xe", "oracle-free" -> ORACLE;
            case "mssqlserver" -> SQLSERVER;
            default -> null;
        };
    }
}
