package io.github.twelvefactor.rules.backing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmbeddedDatabaseRuleTest {

    @Test
    void tellsMemoryFromFileAndSaysWhatAFileMeans() {
        assertEquals("in-memory H2 database (jdbc:h2:mem:shop)", EmbeddedDatabaseRule.describe("jdbc:h2:mem:shop;MODE=PostgreSQL"));
        assertTrue(EmbeddedDatabaseRule.describe("jdbc:h2:~/shop").contains("local state, factor VI"));
        assertTrue(EmbeddedDatabaseRule.describe("jdbc:sqlite:/data/app.db").startsWith("file-based SQLite"));
        assertTrue(EmbeddedDatabaseRule.describe("jdbc:sqlite::memory:").startsWith("in-memory SQLite"));
        assertTrue(EmbeddedDatabaseRule.describe("jdbc:derby:memory:x;create=true").startsWith("in-memory Derby"));
        assertTrue(EmbeddedDatabaseRule.describe("jdbc:hsqldb:res:/db/shop").startsWith("in-process HSQLDB"));
    }

    @Test
    void serverModesAndBarePrefixesAreNoEmbeddedDatabase() {
        assertNull(EmbeddedDatabaseRule.describe("jdbc:h2:tcp://db/~/shop"));
        assertNull(EmbeddedDatabaseRule.describe("jdbc:h2:ssl://db/shop"));
        assertNull(EmbeddedDatabaseRule.describe("jdbc:hsqldb:hsql://db/shop"));
        assertNull(EmbeddedDatabaseRule.describe("jdbc:derby://db:1527/shop"));
        assertNull(EmbeddedDatabaseRule.describe("jdbc:h2:"));
        assertNull(EmbeddedDatabaseRule.describe("jdbc:postgresql://db/shop"));
    }

    @Test
    void neverShowsTheUrlsOptionsWhereAPasswordMayStand() {
        String d = EmbeddedDatabaseRule.describe("jdbc:h2:file:./db;USER=sa;PASSWORD=s3cr3t");
        assertTrue(d.contains("(jdbc:h2:file:./db)"), d);
        assertTrue(!d.contains("s3cr3t"), d);
    }
}
