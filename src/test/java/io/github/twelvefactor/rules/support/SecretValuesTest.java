package io.github.twelvefactor.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretValuesTest {

    /** Display names show the index only: these values are meant to look like secrets. */
    @ParameterizedTest(name = "secret value #{index}")
    @ValueSource(strings = {"s3cr3t-Value", "root", "admin", "password", "123456", "12345678", "secret",
        "\"quoted-s3cret\"", "'single-quoted'", "{noop}plainpass", "dGhpcyBpcyBhIHNlY3JldA==", "Bearer abc123def456",
        "Pa55w0rd!", "ab", "a/b+c=", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "correcthorse", "test",
        "1.2.3-Xk9fQ2mP", "s3cr3t.1.2", "4.0.0a", "v1.2.3.x9"})
    void secrets(String value) {
        assertTrue(SecretValues.looksLikeSecret(value));
    }

    @ParameterizedTest(name = "not a secret: {0}")
    @ValueSource(strings = {"", " ", "x", "changeme", "CHANGEME", "change-me", "changeit", "<password>", "<your-token>",
        "xxx", "XXXXXX", "xxxx-xxxx", "***", "******", "your-password-here", "YOUR_API_KEY", "yourpassword",
        "example", "dummy", "sample", "placeholder", "my-dummy-secret", "example-token", "%s", "%d", "?", ":password",
        ":param", "{0}", "{password}", "[PASSWORD]", "...", "-", "null", "none", "N/A", "todo", "insert-key-here",
        "put_token_here", "42", "3600", "86400", "0.5", "true", "false", "yes", "off", "30s", "100ms", "5m", "PT30M",
        "P1D", "https://auth.example.com/token", "http://localhost:8080", "/etc/secrets/db", "./certs/key.pem",
        "classpath:keystore.p12", "file:/opt/app/key.jks", "C:\\secrets\\key.txt", "certs/server.pem",
        "com.example.security.MyPasswordEncoder", "spring.datasource.password", "app.jwt.secret", "X-Auth-Token",
        "Authorization", "Bearer", "Mot de passe", "Enter your password:", "Invalid token", "Password", "Password:",
        "Token", "{bcrypt}$2a$10$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG",
        "$2a$10$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG", "{COQLCE6DU6GtcS5P=}", "replace-me",
        "please-change-this", "00000000-0000-0000-0000-000000000000", "4.0.0", "5.3.1", "v1.2.3", "10.0.0.1",
        "2.0.0.17"})
    void nonSecrets(String value) {
        assertFalse(SecretValues.looksLikeSecret(value));
    }

    @ParameterizedTest(name = "dummy: {0}")
    @ValueSource(strings = {"changeme", "changeit", "<password>", "xxx", "***", "your-password-here", "example", "dummy",
        "sample", "placeholder", "%s", "?", ":param", "", "  "})
    void dummies(String value) {
        assertTrue(SecretValues.isDummy(value));
    }

    @ParameterizedTest(name = "real value #{index} is no dummy")
    @ValueSource(strings = {"root", "admin", "password", "123456", "s3cr3t", "postgres"})
    void weakRealValuesAreNoDummies(String value) {
        assertFalse(SecretValues.isDummy(value));
    }

    @ParameterizedTest(name = "key name: {0}")
    @ValueSource(strings = {"password", "api_key", "X-Auth-Token", "spring.datasource.password", "access_token",
        "DB_PASSWORD", "jwtSecret"})
    void keyNames(String value) {
        assertTrue(SecretValues.isKeyName(value));
    }

    @ParameterizedTest(name = "not a key name #{index}")
    @ValueSource(strings = {"admin", "s3cr3t!", "root", "Pa55 word", "my-secret-pw", "client-secret", "pw1"})
    void notKeyNames(String value) {
        assertFalse(SecretValues.isKeyName(value));
    }

    @Test
    void aValueSpellingTheEndOfItsNameIsAKeyName() {
        assertTrue(SecretValues.isKeyNameFor("client-secret", "CLIENT_SECRET"));
        assertTrue(SecretValues.isKeyNameFor("password", "GRANT_TYPE_PASSWORD"));
        assertTrue(SecretValues.isKeyNameFor("api_key", "anything"));
        assertTrue(SecretValues.isKeyNameFor("manager-password", "ATT_PASSWORD"));
        assertTrue(SecretValues.isKeyNameFor("password-attribute", "ATT_USER_PASSWORD"));
        assertFalse(SecretValues.isKeyNameFor("my-s3cret-pw", "DB_PASSWORD"));
        assertFalse(SecretValues.isKeyNameFor("correct-horse", "DB_PASSWORD"));
        assertFalse(SecretValues.isKeyNameFor("admin", "ADMIN_PASSWORD"));
    }

    @Test
    void normalizeStripsQuotesAndNoop() {
        assertEquals("abc", SecretValues.normalize(" \"abc\" "));
        assertEquals("abc", SecretValues.normalize("'abc'"));
        assertEquals("abc", SecretValues.normalize("{noop}abc"));
        assertEquals("\"abc", SecretValues.normalize("\"abc"));
        assertEquals("", SecretValues.normalize(null));
    }
}
