package io.github.twelvefactor.rules.config;

import java.util.ArrayList;
import java.util.List;

/**
 * One raw pass over a Java file, before any lexing: does a secret word or a credential sink's name
 * stand as a word somewhere (comments included)? Most files answer no and cost no more than this
 * loop (an ASCII table lookup per character, a comparison only where a word starts).
 *
 * <p>A word must also end where a secret word ends: {@code pass}, {@code password},
 * {@code passphrase} and {@code passcode} open the gate, {@code passed} does not; {@code token} and
 * {@code tokens} do, {@code tokenizer} does not. A {@code key} counts only after a qualifier
 * ({@code apiKey}, {@code PRIVATE_KEY}, {@code jwt.key}), so that {@code getKey} and
 * {@code keySet} do not.
 */
final class JavaGate {

    /** A gate word: lower-case letters, then either anything ({@code open}) or a word end, optionally after one of {@code endings}. */
    private record Word(String letters, boolean open, String endings) {
    }

    private static final Word[][] BY_FIRST = new Word[128][];
    private static final List<String> KEY_QUALIFIERS = List.of("api", "access", "secret", "signing", "encryption",
            "private", "hmac", "jwt", "master");

    static {
        Object[][] words = {{"pass", "wpc"}, {"pw", "d"}, {"privatekey", "s"}, {"pbekeyspec", null}, {"secret", "s"},
            {"signingkey", "s"}, {"signwith", null}, {"token", "s"}, {"tochararray", null}, {"credential", "s"},
            {"clientsecret", "s"}, {"apikey", "s"}, {"accesskey", "s"}, {"authorization", null}, {"addidentity", null},
            {"encryptionkey", "s"}, {"getconnection", null}, {"login", null}, {"hmacshakeyfor", null}, {"key", "s"}};
        List<List<Word>> table = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            table.add(new ArrayList<>());
        }
        for (Object[] w : words) {
            String letters = (String) w[0];
            Word word = new Word(letters, w[1] == null, w[1] == null ? "" : (String) w[1]);
            table.get(letters.charAt(0)).add(word);
            table.get(Character.toUpperCase(letters.charAt(0))).add(word);
        }
        for (int i = 0; i < 128; i++) {
            BY_FIRST[i] = table.get(i).isEmpty() ? null : table.get(i).toArray(new Word[0]);
        }
    }

    private JavaGate() {
    }

    static boolean mayHoldSecret(String text) {
        if (text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
            return false;
        }
        int n = text.length();
        char before = ' ';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char p = before;
            before = c;
            if (c >= 128 || BY_FIRST[c] == null) {
                continue;
            }
            boolean upper = c <= 'Z';
            boolean wordStart = !isLetter(p) || (upper && isLower(p)) || (upper && i + 1 < n && isLower(text.charAt(i + 1)));
            if (!wordStart) {
                continue;
            }
            for (Word w : BY_FIRST[c]) {
                if (matchesAt(text, i, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(String text, int at, Word w) {
        String letters = w.letters();
        int len = letters.length();
        if (at + len > text.length()) {
            return false;
        }
        for (int k = 1; k < len; k++) {
            if ((text.charAt(at + k) | 0x20) != letters.charAt(k)) {
                return false;
            }
        }
        if (letters.equals("key") && !qualifiedKey(text, at)) {
            return false;
        }
        if (w.open() || at + len == text.length()) {
            return true;
        }
        char next = text.charAt(at + len);
        return !isLower(next) || w.endings().indexOf(next) >= 0;
    }

    private static boolean qualifiedKey(String text, int keyStart) {
        int end = keyStart > 0 && "_-.".indexOf(text.charAt(keyStart - 1)) >= 0 ? keyStart - 1 : keyStart;
        for (String q : KEY_QUALIFIERS) {
            int from = end - q.length();
            if (from >= 0 && text.regionMatches(true, from, q, 0, q.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
