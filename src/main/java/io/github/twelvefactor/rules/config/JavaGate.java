package io.github.twelvefactor.rules.config;

import java.util.List;
import java.util.Map;

import io.github.twelvefactor.source.Mentions;
import io.github.twelvefactor.source.SourceFile;

/**
 * Does a secret word or a credential sink's name stand as a word somewhere in a Java file (comments
 * included)? The word pass every file gets anyway ({@link Mentions}) notes where these words' letters
 * stand, in any case ({@link Mentions#SECRET_WORDS}); this gate checks only those places, so most
 * files answer no with no pass of their own.
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

    /**
     * What may follow a secret word before its word ends ({@code pass}: {@code password},
     * {@code passcode}, {@code passphrase}; most: a plural {@code s}). A word of {@link
     * Mentions#SECRET_WORDS} not listed here is open: anything may follow it.
     */
    private static final Map<String, String> ENDINGS = Map.ofEntries(Map.entry("pass", "wpc"), Map.entry("pw", "d"),
            Map.entry("privatekey", "s"), Map.entry("secret", "s"), Map.entry("signingkey", "s"), Map.entry("token", "s"),
            Map.entry("credential", "s"), Map.entry("clientsecret", "s"), Map.entry("apikey", "s"),
            Map.entry("accesskey", "s"), Map.entry("encryptionkey", "s"), Map.entry("key", "s"));

    /** In the order of {@link Mentions#SECRET_WORDS}, whose indexes the word pass gives. */
    private static final List<Word> WORDS = words();
    private static final List<String> KEY_QUALIFIERS = List.of("api", "access", "secret", "signing", "encryption",
            "private", "hmac", "jwt", "master");

    private JavaGate() {
    }

    private static List<Word> words() {
        List<Word> words = new java.util.ArrayList<>(); // a loop, not a stream's lambda (see Finding.comparePlace)
        for (String w : Mentions.SECRET_WORDS) {
            words.add(new Word(w, !ENDINGS.containsKey(w), ENDINGS.getOrDefault(w, "")));
        }
        return List.copyOf(words);
    }

    /** For a text with no {@link SourceFile} at hand: makes the word pass first. */
    static boolean mayHoldSecret(String text) {
        return mayHoldSecret(text, Mentions.find(text).secretWords());
    }

    /** @param secretWords where the gate's words stand in {@code text} ({@link SourceFile#secretWords}) */
    static boolean mayHoldSecret(String text, int[] secretWords) {
        if (text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
            return false;
        }
        for (int k = 0; k + 1 < secretWords.length; k += 2) {
            int start = secretWords[k];
            Word word = WORDS.get(secretWords[k + 1]);
            if (wordStart(text, start) && endsAsWord(text, start, word)) {
                return true;
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
