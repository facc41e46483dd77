package io.github.twelvefactor.rules.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Does a config key or a Java identifier name a secret? RULES.md, "What names a secret": the last
 * segment of the key <em>is or ends with</em> a secret word, matched on word boundaries
 * (separators and camelCase humps), without case; trailing digits and a trailing type word
 * ({@code Str}, {@code Chars}, {@code _STRING}...) are ignored.
 *
 * <p>Because the match is on whole words at the end, names in which the secret word is followed by
 * another word say something else and do not match: {@code token-validity-in-seconds},
 * {@code password-policy}, {@code secret-name}, {@code tokenUrl}, {@code passwordEncoder},
 * {@code DB_PASSWORD_FILE}; nor do words that merely contain one: {@code bypass},
 * {@code secretary}, {@code compass}. CSRF/XSRF tokens are per-session values, never config, so
 * {@code csrfToken} does not name a secret either (it is mostly a parameter name).
 */
public final class SecretNames {
    /** Words that name a secret on their own (a one-word match at the end of the name). */
    private static final Set<String> WORDS = Set.of("password", "passwords", "passwd", "passwort", "pwd", "pw", "pass",
            "passphrase", "passcode", "secret", "secrets", "token", "tokens", "credential", "credentials", "apikey",
            "apikeys", "accesskey", "secretkey", "privatekey", "signingkey", "encryptionkey", "clientsecret");

    /** Words that name a secret only after the given first word ({@code api key}, {@code private key}). */
    private static final Set<String> KEY_QUALIFIERS = Set.of("api", "access", "secret", "signing", "encryption",
            "private", "hmac", "jwt", "master");

    /** Type words a name may end with after the secret word: {@code pwdStr}, {@code passwordChars}. */
    private static final Set<String> TYPE_WORDS = Set.of("str", "string", "chars", "char", "bytes", "byte", "arr",
            "array", "value", "val", "text", "txt", "b64", "base64", "hex", "raw", "plain", "plaintext", "literal");

    /** Words a builder method may put before the secret word: {@code keyStorePassword}, {@code dbPassword}. */
    private static final Set<String> BUILDER_WORDS = Set.of("api", "access", "client", "private", "signing",
            "encryption", "key", "store", "keystore", "trust", "truststore", "db", "database", "admin", "user", "root",
            "master", "jwt", "hmac", "auth", "bearer", "refresh", "id", "secret", "app", "proxy", "ssl", "tls", "smtp",
            "mail", "redis", "basic");

    /** Words that, anywhere in the name, make it something other than a stored secret. */
    private static final Set<String> NOT_SECRET = Set.of("csrf", "xsrf");

    /**
     * Cheap lower-case stems, one of which starts a word of every secret name: {@code pass},
     * {@code secret}, and the first words of the one-word forms ({@code apikey}, {@code privatekey}...).
     */
    private static final List<String> P_STEMS = List.of("pass", "pwd", "pw", "private");
    private static final List<String> S_STEMS = List.of("secret", "signing");
    private static final List<String> T_STEMS = List.of("token");
    private static final List<String> C_STEMS = List.of("credential", "client");
    private static final List<String> K_STEMS = List.of("key");
    private static final List<String> A_STEMS = List.of("api", "access");
    private static final List<String> E_STEMS = List.of("encryption");

    private SecretNames() {
    }

    /**
     * True when the last segment of {@code name} names a secret. Segments are separated by
     * {@code .}, {@code /} or {@code :}; a trailing index ({@code [0]}) is ignored.
     */
    public static boolean namesSecret(String name) {
        if (name == null || name.isEmpty() || !mayNameSecret(name)) {
            return false;
        }
        String last = lastSegment(name);
        if (wordsName(words(last))) {
            return true;
        }
        // a dotted key may split a two-word secret: fs.s3a.secret.key, google.api.key
        if (last.equalsIgnoreCase("key") && name.length() > last.length() + 1) {
            String rest = name.strip();
            rest = rest.substring(0, rest.length() - last.length() - 1);
            List<String> w = words(lastSegment(rest));
            return !w.isEmpty() && KEY_QUALIFIERS.contains(w.get(w.size() - 1));
        }
        return false;
    }

    /**
     * True when {@code name}, read as a Java method name, sets a secret: {@code setPassword},
     * {@code withApiKey}, or a builder method that is only the secret's name ({@code password},
     * {@code clientSecret}, {@code keyStorePassword}); not {@code getPassword}, not a verb such as
     * {@code checkPassword} or {@code hashPassword}.
     */
    public static boolean namesSecretSetter(String methodName) {
        if (methodName == null || !mayNameSecret(methodName)) {
            return false;
        }
        List<String> w = words(methodName);
        if (w.size() > 1 && (w.get(0).equals("set") || w.get(0).equals("with"))) {
            return wordsName(new ArrayList<>(w.subList(1, w.size())));
        }
        return BUILDER_WORDS.containsAll(w.subList(0, Math.max(0, w.size() - 1))) && wordsName(new ArrayList<>(w));
    }

    /** True when {@code name}, read as a Java method name, returns a secret: {@code getPassword}. */
    public static boolean namesSecretGetter(String methodName) {
        if (methodName == null || !mayNameSecret(methodName)) {
            return false;
        }
        List<String> w = words(methodName);
        return w.size() > 1 && w.get(0).equals("get") && wordsName(new ArrayList<>(w.subList(1, w.size())));
    }

    /** A fast negative: false when the name cannot possibly name a secret. */
    public static boolean mayNameSecret(String name) {
        return hasStem(name, 0, name.length());
    }

    /**
     * Allocation-free form of {@link #mayNameSecret} for {@code s[start, end)}: does a secret
     * word's stem start a word there (at the start, after a separator or digit, or at a camelCase
     * hump)? Secret words only count on word boundaries, so stems elsewhere can be ignored.
     */
    public static boolean hasStem(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            boolean wordStart = i == start || !Character.isLetter(s.charAt(i - 1))
                    || (Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1)))
                    || (Character.isUpperCase(c) && i + 1 < end && Character.isLowerCase(s.charAt(i + 1)));
            if (!wordStart) {
                continue;
            }
            List<String> stems = switch (Character.toLowerCase(c)) {
                case 'p' -> P_STEMS;
                case 's' -> S_STEMS;
                case 't' -> T_STEMS;
                case 'c' -> C_STEMS;
                case 'k' -> K_STEMS;
                case 'a' -> A_STEMS;
                case 'e' -> E_STEMS;
                default -> null;
            };
            if (stems == null) {
                continue;
            }
            for (int k = 0; k < stems.size(); k++) { // indexed: allocation-free, as promised above
                String stem = stems.get(k);
                if (end - i >= stem.length() && regionEqualsIgnoreCase(s, i, stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean regionEqualsIgnoreCase(CharSequence s, int at, String lowerStem) {
        for (int k = 0; k < lowerStem.length(); k++) {
            if (Character.toLowerCase(s.charAt(at + k)) != lowerStem.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordsName(List<String> w) {
        while (!w.isEmpty() && (isDigits(w.get(w.size() - 1)) || TYPE_WORDS.contains(w.get(w.size() - 1)))) {
            w.remove(w.size() - 1);
        }
        if (w.isEmpty()) {
            return false;
        }
        for (String word : w) {
            if (NOT_SECRET.contains(word)) {
                return false;
            }
        }
        String last = w.get(w.size() - 1);
        if (WORDS.contains(last)) {
            return true;
        }
        if (w.size() < 2) {
            return false;
        }
        String before = w.get(w.size() - 2);
        return ((last.equals("key") || last.equals("keys")) && KEY_QUALIFIERS.contains(before))
                || (before.equals("pass") && (last.equals("word") || last.equals("phrase")));
    }

    static String lastSegment(String name) {
        String s = name.strip();
        int bracket;
        while (s.endsWith("]") && (bracket = s.lastIndexOf('[')) > 0) {
            s = s.substring(0, bracket);
        }
        int cut = Math.max(s.lastIndexOf('.'), Math.max(s.lastIndexOf('/'), s.lastIndexOf(':')));
        return cut < 0 ? s : s.substring(cut + 1);
    }

    /**
     * The lower-case words of an identifier: split on every character that is not a letter or a
     * digit, on camelCase humps ({@code dbPassword}, {@code APIKey}) and between letters and digits.
     */
    public static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(cur, out);
                continue;
            }
            if (cur.length() > 0) {
                char p = s.charAt(i - 1);
                boolean hump = Character.isLowerCase(p) && Character.isUpperCase(c);
                boolean acronymEnd = Character.isUpperCase(p) && Character.isUpperCase(c) && i + 1 < n
                        && Character.isLowerCase(s.charAt(i + 1));
                boolean digitEdge = Character.isDigit(p) != Character.isDigit(c);
                if (hump || acronymEnd || digitEdge) {
                    flush(cur, out);
                }
            }
            cur.append(Character.toLowerCase(c));
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
