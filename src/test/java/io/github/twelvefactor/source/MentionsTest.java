package io.github.twelvefactor.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The one-pass word test answers exactly as {@code contains} does, for every word a rule asks about. */
class MentionsTest {

    /**
     * The pass is blind to case, so each listed word is checked in its own case where its letters
     * stand, and the secret words are noted wherever their letters stand in any case.
     */
    @Test
    void findsListedWordsInTheirCaseAndSecretWordsInAnyCase() {
        Random rnd = new Random(1129);
        List<String> pieces = new ArrayList<>(Mentions.WORDS);
        pieces.addAll(Mentions.SECRET_WORDS);
        pieces.addAll(List.of(" ", "_", ".", "\n", "\"", "x", "\u00e9"));
        int secrets = 0;
        int listed = 0;
        for (int i = 0; i < 5000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = rnd.nextInt(30); k > 0; k--) {
                String w = pieces.get(rnd.nextInt(pieces.size()));
                for (char c : w.toCharArray()) {
                    b.append(rnd.nextInt(3) == 0 ? Character.toUpperCase(c) : rnd.nextInt(2) == 0 ? Character.toLowerCase(c) : c);
                }
            }
            String text = b.toString();
            Mentions.Found found = Mentions.find(text);
            java.util.Set<String> expected = new TreeSet<>();
            for (int at = 0; at < text.length(); at++) {
                for (int w = 0; w < Mentions.SECRET_WORDS.size(); w++) {
                    String word = Mentions.SECRET_WORDS.get(w);
                    if (text.regionMatches(true, at, word, 0, word.length())) {
                        expected.add(at + ":" + w);
                    }
                }
            }
            java.util.Set<String> actual = new TreeSet<>();
            for (int k = 0; k < found.secretWords().length; k += 2) {
                actual.add(found.secretWords()[k] + ":" + found.secretWords()[k + 1]);
            }
            assertEquals(expected, actual, () -> "secret words in '" + text + "'");
            assertEquals(expected.size() * 2, found.secretWords().length, "each place noted once");
            secrets += expected.size();
            for (int m = 0; m < Mentions.WORDS.size(); m++) {
                boolean has = text.contains(Mentions.WORDS.get(m));
                int index = m;
                assertEquals(has, (found.bits()[m >>> 6] & (1L << m)) != 0, () -> "'" + Mentions.WORDS.get(index) + "' in '" + text + "'");
                listed += has ? 1 : 0;
            }
        }
        assertTrue(secrets > 5000 && listed > 5000, "too few hits to test: " + secrets + " secret, " + listed + " listed");
    }

    @Test
    void answersAsContainsDoesOnEveryFixtureAndOnRandomText() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/fixtures"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                texts.add(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        // random text made of the words' own pieces, overlapping and cut, with non-Latin-1 characters
        Random rnd = new Random(20261129L);
        String alphabet = String.join("", Mentions.WORDS) + " \n\"'\u00e9\u4e2d\u20ac";
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0, n = rnd.nextInt(200); k < n; k++) {
                if (rnd.nextInt(4) == 0) {
                    String w = Mentions.WORDS.get(rnd.nextInt(Mentions.WORDS.size()));
                    b.append(w, 0, 1 + rnd.nextInt(w.length()));
                } else {
                    b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
            }
            texts.add(b.toString());
        }
        texts.add("");
        texts.add("%");
        texts.add("j");
        int hits = 0;
        for (String text : texts) {
            SourceFile f = new SourceFile(Path.of("x"), "x", "x", text, null);
            for (String w : Mentions.WORDS) {
                boolean expected = text.contains(w);
                assertEquals(expected, f.mentions(w), () -> "'" + w + "' in " + text);
                hits += expected ? 1 : 0;
            }
        }
        assertTrue(hits > 1000, "the texts must hold the words often enough to test the hits too: " + hits);
    }

    @Test
    void everyWordARuleAsksAboutIsListed() throws IOException {
        Pattern call = Pattern.compile("\\.mentions\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");
        TreeSet<String> missing = new TreeSet<>();
        int calls = 0;
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(p));
                while (m.find()) {
                    calls++;
                    String word = m.group(1).replace("\\\\", "\\").replace("\\\"", "\"");
                    if (Mentions.index(word) < 0) {
                        missing.add(word);
                    }
                }
            }
        }
        assertTrue(calls > 30, "the scan found the rules' calls: " + calls);
        assertEquals(new TreeSet<>(), missing, "words a rule asks about but Mentions does not list (each costs a contains)");
    }
}
