package io.github.twelvefactor.rules.backing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.twelvefactor.engine.Finding;
import io.github.twelvefactor.engine.Severity;
import io.github.twelvefactor.rules.RuleFindings;

class HardcodedBackingServiceRuleTest {

    @Test
    void warnsAndNamesServiceHostAndKey() throws Exception {
        List<Finding> found = RuleFindings.of("hardcoded-backing-service", "hardcoded-backing-service/spring-config");
        found.forEach(f -> assertEquals(Severity.WARNING, f.severity(), f.toString()));
        assertEquals("PostgreSQL database at the fixed host 'localhost' (this machine) in spring.datasource.url (application.properties)",
                RuleFindings.at(found, "application.properties", 2).message());
        assertEquals("Redis at the fixed host '10.0.4.12' (a private address) in spring.data.redis.host (application.properties)",
                RuleFindings.at(found, "application.properties", 4).message());
        assertEquals("Kafka at the fixed host 'kafka-1.internal' in spring.kafka.bootstrap-servers (application.properties)",
                RuleFindings.at(found, "application.properties", 8).message());
        assertEquals("object store at the fixed host 'minio' in cloud.aws.s3.endpoint (application.yml)",
                RuleFindings.at(found, "/application.yml", 13).message());
    }

    @Test
    void neverShowsTheUrlsUserInfo() throws Exception {
        Finding mongo = RuleFindings.at(RuleFindings.of("hardcoded-backing-service", "hardcoded-backing-service/spring-config"),
                "application.properties", 10);
        assertEquals("MongoDB at the fixed host 'mongo.internal' in spring.data.mongodb.uri (application.properties)", mongo.message());
    }

    @Test
    void readsTheHostsOfEveryUrlForm() {
        assertEquals(List.of(new ServiceHosts.Target("PostgreSQL database", "a"), new ServiceHosts.Target("PostgreSQL database", "b")),
                ServiceHosts.byScheme("jdbc:postgresql://a:5432,b:5432/shop"));
        assertEquals("ora.internal", ServiceHosts.byScheme("jdbc:oracle:thin:@//ora.internal:1521/svc").get(0).host());
        assertEquals("ora", ServiceHosts.byScheme("jdbc:oracle:thin:@ora:1521:ORCL").get(0).host());
        assertEquals("sql1", ServiceHosts.byScheme("jdbc:sqlserver://sql1\\inst;databaseName=x").get(0).host());
        assertEquals("my", ServiceHosts.byScheme("jdbc:mysql://address=(host=my)(port=3306)/shop").get(0).host());
        assertEquals("localhost", ServiceHosts.byScheme("jdbc:postgresql:shop").get(0).host());
        assertEquals("::1", ServiceHosts.byScheme("redis://[::1]:6379").get(0).host());
        assertEquals("h", ServiceHosts.byScheme("mongodb+srv://user:s3cret@h/db").get(0).host());
        assertEquals(List.of(), ServiceHosts.byScheme("jdbc:h2:mem:shop"));
        assertEquals(List.of(), ServiceHosts.byScheme("jdbc:h2:file:/data/shop"));
        assertEquals(List.of(), ServiceHosts.byScheme("jdbc:tc:postgresql:16:///shop"));
        assertEquals(List.of("k1", "k2"), ServiceHosts.hostsOf("k1:9092, k2:9092"));
        assertEquals(List.of("s3.eu"), ServiceHosts.hostsOf("https://s3.eu/bucket"));
        assertFalse(ServiceHosts.literal("${DB_HOST:localhost}"));
    }

    @Test
    void aKeyNamesAServiceOnlyWithAPlace() {
        assertEquals("Redis", HardcodedBackingServiceRule.serviceOfKey("spring.data.redis.host", "host"));
        assertEquals("database", HardcodedBackingServiceRule.serviceOfKey("datasources.default.url", "url"));
        assertNull(HardcodedBackingServiceRule.serviceOfKey("spring.datasource.username", "username"));
        assertNull(HardcodedBackingServiceRule.serviceOfKey("app.public.url", "url"));
    }
}
