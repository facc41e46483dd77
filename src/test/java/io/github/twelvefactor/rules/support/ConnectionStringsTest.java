package io.github.twelvefactor.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectionStringsTest {

    /** Each row: text, expected user, expected password (display names show the index only). */
    @ParameterizedTest(name = "credential #{index}")
    @CsvSource(delimiter = '|', value = {
        "postgres://app:pw-one@db:5432/app|app|pw-one",
        "jdbc:postgresql://app:pw-two@db/app|app|pw-two",
        "mongodb://app:pw-three@h1,h2/db?replicaSet=rs|app|pw-three",
        "redis://:pw-four@cache:6379|''|pw-four",
        "amqp://guest:p@ss@rabbit:5672/vh|guest|p@ss",
        "jdbc:mysql://db:3306/app?user=root&password=pw-five&useSSL=false|root|pw-five",
        "jdbc:sqlserver://db:1433;databaseName=app;user=sa;password=pw-six;|sa|pw-six",
        "jdbc:oracle:thin:scott/pw-seven@db:1521/ORCL|scott|pw-seven",
        "host=db port=5432 dbname=app user=app password=pw-eight|app|pw-eight",
        "host=db dbname=app user=app password='pw nine'|app|pw nine",
        "Server=db;Database=app;User Id=sa;Password=pw-ten;|sa|pw-ten",
        "Data Source=db;Initial Catalog=My App;User ID=sa;Password=pw eleven|sa|pw eleven",
        "Driver={ODBC Driver 17};Server=db;UID=u;PWD={pw;twelve}|u|pw;twelve",
        "postgres://${DB_USER:app}:${DB_PASSWORD:pw-13}@db/app|${DB_USER:app}|${DB_PASSWORD:pw-13}"})
    void finds(String text, String user, String password) {
        List<ConnectionStrings.Credential> found = ConnectionStrings.find(text);
        assertEquals(1, found.size(), () -> "credentials found: " + found.size());
        assertEquals(user, found.get(0).user());
        assertEquals(password, found.get(0).password());
        String at = text.substring(found.get(0).offset());
        assertTrue(at.startsWith(password) || at.startsWith("'" + password) || at.startsWith("{" + password),
                "offset points at the password");
    }

    @Test
    void offsetPointsAtThePassword() {
        String text = "postgres://app:pw-one@db/app";
        ConnectionStrings.Credential c = ConnectionStrings.find(text).get(0);
        assertTrue(text.startsWith("pw-one", c.offset()));
        String jdbc = "jdbc:mysql://db/app?user=u&password=pw-two";
        assertTrue(jdbc.startsWith("pw-two", ConnectionStrings.find(jdbc).get(0).offset()));
    }

    @Test
    void urlParameterWithoutUserHasNoUser() {
        ConnectionStrings.Credential c = ConnectionStrings.find("https://api.example.com/v1?api_key=k-123").get(0);
        assertNull(c.user());
        assertEquals("k-123", c.password());
    }

    @ParameterizedTest(name = "no credential: {0}")
    @ValueSource(strings = {"https://example.com/path?x=1", "ssh://git@github.com/org/repo.git", "git@github.com:org/repo",
        "jdbc:postgresql://db:5432/app", "user@example.com", "UPDATE users SET password='x' WHERE host='y'",
        "password=only-one-pair", "The password=x is wrong; host=y", "DB_HOST=db DB_USER=app DB_PASSWORD=pw",
        "http://host:8080/path@foo", "", "key=value;other=thing"})
    void findsNothing(String text) {
        assertEquals(List.of(), ConnectionStrings.find(text));
    }
}
