package io.github.twelvefactor.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretNamesTest {

    @ParameterizedTest(name = "names a secret: {0}")
    @ValueSource(strings = {"password", "dbPassword", "DB_PASSWORD", "DB_PASS", "client-secret", "jwt.secret",
        "accessToken", "api_key", "apiKey", "API-KEY", "apikey", "privateKey", "spring.datasource.password",
        "security.oauth2.client.registration.github.client-secret", "password2", "MY_PASSWORD_2", "PWD1", "pwdStr",
        "SECRET_STRING", "passwordChars", "passwd", "pwd", "passphrase", "credentials", "credential", "access-key",
        "aws.secret-key", "signing-key", "encryption_key", "jwt.token", "app.auth.token", "keystorePass",
        "server.ssl.key-store-password", "%prod.quarkus.datasource.password", "passwords[0]", "p:password",
        "HMAC_KEY", "masterKey", "Password", "PASSWORD", "dbPw", "secretKeyBytes", "TOKEN_VALUE", "fs.s3a.secret.key",
        "google.api.key"})
    void secretNames(String name) {
        assertTrue(SecretNames.namesSecret(name));
    }

    @ParameterizedTest(name = "does not name a secret: {0}")
    @ValueSource(strings = {"token-validity-in-seconds", "password-policy", "password-policy.min-length",
        "secret-name", "tokenUrl", "token-url", "passwordEncoder", "bypass", "secretary", "password.reset.path",
        "spring.docker.compose.profiles.active", "DB_PASSWORD_FILE", "PASSWORD_KEY", "TOKEN_HEADER", "tokenType",
        "compass", "key", "keyAlias", "key-store", "publicKey", "csrfToken", "CSRF_TOKEN", "secretsManager",
        "passwordResetUrl", "username", "host", "passenger", "tokenizer", "PASSWORD_PATTERN", "passwordHash",
        "JWT_SECRET_ENV", "", "monkey", "cache.key", "redis.key"})
    void otherNames(String name) {
        assertFalse(SecretNames.namesSecret(name));
    }

    @ParameterizedTest(name = "sets a secret: {0}")
    @ValueSource(strings = {"setPassword", "setSecret", "setToken", "setApiKey", "withPassword", "password",
        "clientSecret", "keyStorePassword", "setClientSecret", "apiKey"})
    void setters(String name) {
        assertTrue(SecretNames.namesSecretSetter(name));
    }

    @ParameterizedTest(name = "does not set a secret: {0}")
    @ValueSource(strings = {"getPassword", "checkPassword", "hashPassword", "setPasswordEncoder", "setTokenUrl",
        "isPasswordValid", "validateToken", "set", "passwordParameter"})
    void notSetters(String name) {
        assertFalse(SecretNames.namesSecretSetter(name));
    }

    @Test
    void gettersReturnSecrets() {
        assertTrue(SecretNames.namesSecretGetter("getPassword"));
        assertTrue(SecretNames.namesSecretGetter("getApiKey"));
        assertFalse(SecretNames.namesSecretGetter("getPasswordPolicy"));
        assertFalse(SecretNames.namesSecretGetter("password"));
    }

    @Test
    void wordsSplitOnSeparatorsHumpsAndDigits() {
        assertEquals(List.of("db", "password"), SecretNames.words("dbPassword"));
        assertEquals(List.of("api", "key"), SecretNames.words("APIKey"));
        assertEquals(List.of("my", "password", "2"), SecretNames.words("MY_PASSWORD_2"));
        assertEquals(List.of("pwd", "1"), SecretNames.words("PWD1"));
        assertEquals(List.of("client", "secret"), SecretNames.words("client-secret"));
    }
}
