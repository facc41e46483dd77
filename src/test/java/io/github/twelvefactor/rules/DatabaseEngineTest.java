package io.github.twelvefactor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatabaseEngineTest {

    @Test
    void readsUrlsOfEveryForm() {
        assertEquals(DatabaseEngine.H2, DatabaseEngine.ofValue("jdbc:h2:mem:x"));
        assertEquals(DatabaseEngine.POSTGRESQL, DatabaseEngine.ofValue("r2dbc:postgresql://db/app"));
        assertEquals(DatabaseEngine.SQLSERVER, DatabaseEngine.ofValue("jdbc:jtds:sqlserver://db/app"));
        assertEquals(DatabaseEngine.ORACLE, DatabaseEngine.ofValue("jdbc:oracle:thin:@db:1521/x"));
        DatabaseEngine.UrlMatch tc = DatabaseEngine.findUrl("jdbc:tc:postgresql:16:///app");
        assertEquals(DatabaseEngine.POSTGRESQL, tc.engine());
        assertTrue(tc.testcontainers());
        assertFalse(DatabaseEngine.findUrl("jdbc:postgresql://db/app").testcontainers());
        assertNull(DatabaseEngine.ofValue("myjdbc:h2:mem:x"));
        assertNull(DatabaseEngine.ofValue("https://example.com"));
    }

    @Test
    void readsDriversDialectsAndNames() {
        assertEquals(DatabaseEngine.H2, DatabaseEngine.ofValue("org.h2.Driver"));
        assertEquals(DatabaseEngine.SQLITE, DatabaseEngine.ofValue("org.sqlite.JDBC"));
        assertEquals(DatabaseEngine.MYSQL, DatabaseEngine.ofValue("com.mysql.cj.jdbc.Driver"));
        assertEquals(DatabaseEngine.POSTGRESQL, DatabaseEngine.ofValue("org.hibernate.dialect.PostgreSQL95Dialect"));
        assertEquals(DatabaseEngine.HSQLDB, DatabaseEngine.ofValue("org.hibernate.dialect.HSQLDialect"));
        assertNull(DatabaseEngine.ofValue("org.hibernate.dialect.Dialect"));
        assertEquals(DatabaseEngine.SQLSERVER, DatabaseEngine.ofName("SQL_SERVER"));
        assertEquals(DatabaseEngine.POSTGRESQL, DatabaseEngine.ofName("pg"));
        assertNull(DatabaseEngine.ofName("default"));
    }

    @Test
    void readsImagesAndArtifacts() {
        assertEquals(DatabaseEngine.POSTGRESQL, DatabaseEngine.ofImage("docker.io/library/postgres:16.4@sha256:abc"));
        assertEquals(DatabaseEngine.MYSQL, DatabaseEngine.ofImage("bitnami/mysql:8.4"));
        assertEquals(DatabaseEngine.SQLSERVER, DatabaseEngine.ofImage("mcr.microsoft.com/mssql/server:2022-latest"));
        assertEquals(DatabaseEngine.ORACLE, DatabaseEngine.ofImage("gvenzl/oracle-free:23"));
        assertNull(DatabaseEngine.ofImage("redis:7.4"));
        assertNull(DatabaseEngine.ofImage("registry:5000/shop/app:1.0"));
        assertEquals(DatabaseEngine.H2, DatabaseEngine.ofDriverArtifact("com.h2database", "h2"));
        assertEquals(DatabaseEngine.POSTGRESQL, DatabaseEngine.ofDriverArtifact("io.quarkus", "quarkus-jdbc-postgresql"));
        assertEquals(DatabaseEngine.POSTGRESQL, DatabaseEngine.ofDriverArtifact("io.quarkus", "quarkus-reactive-pg-client"));
        assertEquals(DatabaseEngine.ORACLE, DatabaseEngine.ofDriverArtifact("com.oracle.database.jdbc", "ojdbc11"));
        assertNull(DatabaseEngine.ofDriverArtifact("org.springframework.boot", "spring-boot-starter-jdbc"));
        assertEquals(DatabaseEngine.POSTGRESQL, DatabaseEngine.ofTestcontainersArtifact("org.testcontainers", "postgresql"));
        assertEquals(DatabaseEngine.SQLSERVER,
                DatabaseEngine.ofTestcontainersArtifact("org.testcontainers", "testcontainers-mssqlserver"));
        assertNull(DatabaseEngine.ofTestcontainersArtifact("org.testcontainers", "junit-jupiter"));
        assertTrue(DatabaseEngine.DERBY.embedded());
        assertFalse(DatabaseEngine.MARIADB.embedded());
    }
}
