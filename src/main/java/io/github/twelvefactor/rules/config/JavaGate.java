package io.github.twelvefactor.rules.config;

import java.util.ArrayList;
import java.util.List;

import io.github.twelvefactor.source.WordAutomaton;

/**
 * One raw pass over a Java file, before any lexing: does a secret word or a credential sink's name
 * stand as a word somewhere (comments included)? Most files answer no and cost one automaton step
 * per character ({@link WordAutomaton}, case-insensitive); a word's bounds are checked only where
 * its letters were found.
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

    private static final List<Word> WORDS;
    private static final WordAutomaton WORD_AUTOMATON;
    private static final List<String> KEY_QUALIFIERS = List.of("api", "access", "secret", "signing", "encryption",
            "private", "hmac", "jwt", "master");

    static {
        Object[][] words = {{"pass", "wpc"}, {"pw", "d"}, {"privatekey", "s"}, {"pbekeyspec", null}, {"secret", "s"},
            {"signingkey", "s"}, {"signwith", null}, {"token", "s"}, {"tochararray", null}, {"credential", "s"},
            {"clientsecret", "s"}, {"apikey", "s"}, {"accesskey", "s"}, {"authorization", null}, {"addidentity", null},
            {"encryptionkey", "s"}, {"getconnection", null}, {"login", null}, {"hmacshakeyfor", null}, {"key", "s"}};
        List<Word> list = new ArrayList<>();
        for (Object[] w : words) {
            list.add(new Word((String) w[0], w[1] == null, w[1] == null ? "" : (String) w[1]));
        }
        WORDS = List.copyOf(list);
        WORD_AUTOMATON = new WordAutomaton(WORDS.stream().map(Word::letters).toList(), true);
    }

    private JavaGate() {
    }

    static boolean mayHoldSecret(String text) {
        if (text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
            return false;
        }
        WordAutomaton a = WORD_AUTOMATON;
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            state = a.step(state, text.charAt(i));
            int[] ends = a.ends(state);
            if (ends != null) {
                for (int w : ends) {
                    Word word = WORDS.get(w);
                    int start = i + 1 - word.letters().length();
                    if (wordStart(text, start) && endsAsWord(text, start, word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A word starts at {@code at} after a non-letter, at a lower-to-upper step ({@code dbPassword})
     * or at an upper-case letter followed by a lower-case one ({@code DBPassword}).
     */
    private static boolean wordStart(String text, int at) {
        char c = text.charAt(at);
        char p = at == 0 ? ' ' : text.charAt(at - 1);
        boolean upper = c <= 'Z';
        return !isLetter(p) || (upper && isLower(p)) || (upper && at + 1 < text.length() && isLower(text.charAt(at + 1)));
    }

    /** The letters at {@code at} match (the automaton saw them); the word must also end as one. */
    private static boolean endsAsWord(String text, int at, Word w) {
        String letters = w.letters();
        int len = letters.length();
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
