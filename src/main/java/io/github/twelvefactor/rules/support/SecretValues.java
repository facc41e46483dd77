package io.github.twelvefactor.rules.support;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Does a literal value look like a secret? RULES.md: not a number (nor a version, {@code 4.0.0}), a
 * boolean, a duration, a URL, a file path, a class name or another key, and not an obvious dummy
 * ({@code changeme}, {@code changeit}, {@code <password>}, {@code xxx}, {@code ***},
 * {@code your-password-here}, {@code example}, {@code dummy}, {@code sample}, {@code placeholder},
 * {@code %s}, {@code ?}, {@code :param}...). A weak but real value ({@code root}, {@code admin}, {@code password},
 * {@code 123456}) <em>is</em> a secret: it works against the system it was written for.
 *
 * <p>Placeholders are not judged here: callers split a value with {@link Placeholders} first.
 *
 * <p>Choices worth knowing: integers of up to five digits are numbers (a timeout, a length), six
 * digits and more are read as a PIN-like password; prose (two or more plain words separated by
 * spaces: {@code Mot de passe}, {@code Invalid token}) is a label, so a passphrase made of plain
 * words is missed; password hashes ({@code {bcrypt}...}, {@code $2a$10$...}) and Maven-encrypted
 * passwords ({@code {Wl3Q...=}}) are not secrets in clear; {@code {noop}s3cret} is judged as
 * {@code s3cret}.
 */
public final class SecretValues {
    /** Stand-ins when they are the whole value ({@code none}); inside a longer value they may be part of a secret. */
    private static final Set<String> DUMMIES = Set.of("tbd", "none", "null", "nil", "undefined", "notset", "unset",
            "empty", "masked", "hidden", "n/a", "na", "demo");
    /** Stand-ins wherever they stand as a word: {@code changeme}, {@code my-dummy-secret}, {@code example-token}. */
    private static final Set<String> DUMMY_WORDS = Set.of("changeme", "changeit", "changethis", "replaceme", "dummy",
            "example", "sample", "placeholder", "redacted", "fixme", "todo");
    private static final Set<String> BOOLEANS = Set.of("true", "false", "yes", "no", "on", "off", "enabled",
            "disabled");
    /** Words that are well-known names, not values: HTTP header and auth scheme names. */
    private static final Set<String> WELL_KNOWN_NAMES = Set.of("authorization", "proxy-authorization", "bearer",
            "basic", "cookie", "set-cookie");
    private static final Set<String> HASH_PREFIXES = Set.of("{bcrypt}", "{pbkdf2}", "{scrypt}", "{argon2}",
            "{sha256}", "{sha}", "{ssha}", "{md5}", "{md4}", "{ldap}", "{mongodb}");

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,5}|\\d*\\.\\d+|\\d+\\.\\d*|\\d+[eE][-+]?\\d+)[lLfFdD]?");
    /** {@code 4.0.0}, {@code v1.2.3}, {@code 10.0.0.1}: a version (a lock file's {@code js-tokens: 4.0.0}) or an address. */
    private static final Pattern VERSION = Pattern.compile("[vV]?\\d+(\\.\\d+){2,}");
    private static final Pattern DURATION = Pattern.compile(
            "(?i)\\d+(\\.\\d+)?\\s*(ns|us|µs|ms|s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?|d|days?|w|weeks?)"
            + "|P(?=\\d|T\\d)(\\d+[YMWD])*(T(\\d+(\\.\\d+)?[HMS])+)?");
    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://\\S*");
    private static final Pattern PATH = Pattern.compile(
            "(~?/|\\.{1,2}/|[A-Za-z]:[\\\\/]|classpath\\*?:|file:)[\\w.\\-/\\\\~$ ]*"
            + "|[\\w.-]+(/[\\w.-]+)+\\.(jks|p12|pfx|pem|key|crt|cer|der|pub|json|txt|properties|ya?ml|xml|keystore|truststore)");
    private static final Pattern CLASS_NAME = Pattern.compile("([a-z_$][a-z0-9_$]*\\.)+[A-Z][A-Za-z0-9_$]*");
    private static final Pattern DOTTED_KEY = Pattern.compile(
            "[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*(?:[A-Z][a-z0-9]+)*(?:\\[\\d+])?"
            + "(?:\\.[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*(?:[A-Z][a-z0-9]+)*(?:\\[\\d+])?)+");
    private static final Pattern HEADER = Pattern.compile("[Xx]-[A-Za-z0-9]+(-[A-Za-z0-9]+)*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final Pattern WORDS_NAME = Pattern.compile("[a-z]+([-_][a-z]+)+");
    private static final Pattern BIND_MARKER = Pattern.compile("\\?|:[A-Za-z_]\\w*|%\\(?\\w*\\)?[sdr]|%\\d*\\$?[sd]|\\{\\d*}");
    /** {@code xxx}, {@code ***}, {@code ...}, an all-zero UUID: filler, not a value. */
    private static final Pattern REPEATED = Pattern.compile("(?i)[x*.#?_-]+|x{3,}([-_ ]x{3,})*|0+([-_:.]0+)+");
    private static final Pattern TEMPLATE = Pattern.compile("<[^<>]+>|\\[[A-Za-z _-]+]|\\{[A-Za-z0-9_. -]+}");
    private static final Pattern PROSE = Pattern.compile("\\p{L}[\\p{L}'’-]*(\\s+\\p{L}[\\p{L}'’-]*)+\\s*[.!?:…]?");
    private static final Pattern HASH = Pattern.compile("\\$(2[abxy]?\\$\\d\\d|argon2\\w*|pbkdf2[-\\w]*|[56])\\$.+");
    private static final Pattern MAVEN_ENCRYPTED = Pattern.compile("\\{[A-Za-z0-9+/=]{8,}}");

    private SecretValues() {
    }

    /** Surrounding quotes and blanks removed; {@code {noop}} (Spring's no-op encoder prefix) dropped. */
    public static String normalize(String value) {
        if (value == null) {
            return "";
        }
        String v = value.strip();
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            v = v.substring(1, v.length() - 1).strip();
        }
        if (v.regionMatches(true, 0, "{noop}", 0, 6)) {
            v = v.substring(6);
        }
        return v;
    }

    /** True when the literal {@code value} looks like a secret written in clear. */
    public static boolean looksLikeSecret(String value) {
        String v = normalize(value);
        if (v.length() < 2 || isDummy(v)) {
            return false;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        return !(BOOLEANS.contains(lower) || NUMBER.matcher(v).matches() || VERSION.matcher(v).matches()
                || DURATION.matcher(v).matches()
                || URL.matcher(v).matches() || PATH.matcher(v).matches() || CLASS_NAME.matcher(v).matches()
                || DOTTED_KEY.matcher(v).matches() || HEADER.matcher(v).matches()
                || WELL_KNOWN_NAMES.contains(lower) || PROSE.matcher(v).matches() || isLabel(v)
                || isHashOrEncrypted(v, lower));
    }

    /** {@code Password}, {@code Token:}: a capitalised secret word used as a label, not a value. */
    private static boolean isLabel(String v) {
        String word = v.endsWith(":") ? v.substring(0, v.length() - 1) : v;
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && allLetters(word)
                && !word.equals(word.toUpperCase(Locale.ROOT)) && SecretNames.namesSecret(word);
    }

    /** True when {@code value} is an obvious stand-in for a secret, not one. */
    public static boolean isDummy(String value) {
        String v = normalize(value);
        if (v.isEmpty()) {
            return true;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (DUMMIES.contains(lower) || BIND_MARKER.matcher(v).matches() || REPEATED.matcher(v).matches()
                || TEMPLATE.matcher(v).matches()) {
            return true;
        }
        List<String> words = SecretNames.words(v);
        if (words.isEmpty()) {
            return false;
        }
        for (String w : words) {
            if (DUMMY_WORDS.contains(w)) {
                return true;
            }
        }
        String first = words.get(0);
        String last = words.get(words.size() - 1);
        boolean changeMe = words.contains("change") && (words.contains("me") || words.contains("it")
                || words.contains("this"));
        return changeMe || lower.startsWith("your") || (words.size() >= 2 && (first.equals("insert")
                || first.equals("replace") || last.equals("here")));
    }

    /**
     * True when {@code value} is the name of a secret rather than one: a dotted key
     * ({@code "spring.datasource.password"}), a header ({@code "X-Auth-Token"}), or an identifier
     * shaped like a field or parameter name that names a secret ({@code "password"},
     * {@code "api_key"}, {@code "DB_PASSWORD"}, {@code "jwtSecret"}). Kebab-case values such as
     * {@code "my-secret-pw"} are not taken for names: they are what weak passwords look like.
     */
    public static boolean isKeyName(String value) {
        String v = normalize(value);
        if (DOTTED_KEY.matcher(v).matches() || HEADER.matcher(v).matches()) {
            return true;
        }
        if (!IDENTIFIER.matcher(v).matches() || v.indexOf('-') >= 0 || !SecretNames.namesSecret(v)) {
            return false;
        }
        boolean hump = false;
        for (int i = 1; i < v.length() && !hump; i++) {
            hump = Character.isLowerCase(v.charAt(i - 1)) && Character.isUpperCase(v.charAt(i));
        }
        return v.indexOf('_') >= 0 || hump || allLetters(v);
    }

    /** A loop, not {@code chars().allMatch(Character::isLetter)}: a method reference is a class spun at run time. */
    private static boolean allLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #isKeyName(String)}, a value that spells the end of the name it is assigned to
     * ({@code CLIENT_SECRET = "client-secret"}, {@code GRANT_TYPE_PASSWORD = "password"}), or
     * lower-case words without digits joined by {@code -} or {@code _} of which one is a secret
     * word ({@code ATT_PASSWORD = "manager-password"}, {@code "password-attribute"}): Java
     * constants such as these are attribute, parameter or field names, not credentials.
     */
    public static boolean isKeyNameFor(String value, String name) {
        if (isKeyName(value)) {
            return true;
        }
        String n = normalize(value);
        if (WORDS_NAME.matcher(n).matches()) {
            for (String word : SecretNames.words(n)) {
                if (SecretNames.namesSecret(word)) {
                    return true;
                }
            }
        }
        List<String> v = SecretNames.words(n);
        List<String> w = SecretNames.words(name);
        return !v.isEmpty() && v.size() <= w.size() && w.subList(w.size() - v.size(), w.size()).equals(v);
    }

    private static boolean isHashOrEncrypted(String v, String lower) {
        for (String prefix : HASH_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return HASH.matcher(v).matches() || MAVEN_ENCRYPTED.matcher(v).matches();
    }
}
