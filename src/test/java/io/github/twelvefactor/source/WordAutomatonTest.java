package io.github.twelvefactor.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The automaton finds exactly the occurrences a naive search finds: every word, every place, overlaps too. */
class WordAutomatonTest {

    /** Every (end position, word index) pair, in order of end and then of index. */
    private static List<String> occurrences(WordAutomaton a, String text) {
        List<String> out = new ArrayList<>();
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = a.step(state, text.charAt(i));
            int[] ends = a.ends(state);
            if (ends != null) {
                for (int w : ends) {
                    out.add(i + ":" + w);
                }
            }
        }
        return out;
    }

    private static List<String> naive(List<String> words, String text, boolean ignoreCase) {
        String t = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            for (int w = 0; w < words.size(); w++) {
                String word = ignoreCase ? words.get(w).toLowerCase(Locale.ROOT) : words.get(w);
                int start = i + 1 - word.length();
                if (start >= 0 && t.startsWith(word, start) && (!ignoreCase || asciiOnly(text, start, i + 1))) {
                    out.add(i + ":" + w);
                }
            }
        }
        return out;
    }

    /** toLowerCase also folds non-ASCII letters; the automaton folds ASCII only, as documented. */
    private static boolean asciiOnly(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    @Test
    void findsWhatANaiveSearchFinds() {
        List<String> words = List.of("he", "she", "his", "hers", "h", "ushers", "%", "a:b", "jdbc:", "jdbc\\:", "Port", "port");
        Random rnd = new Random(42);
        String alphabet = "hesiurPpotjdbc:\\%ab \u00e9\u4e2dHES";
        int hits = 0;
        for (boolean ignoreCase : new boolean[] {false, true}) {
            List<String> list = ignoreCase ? words.stream().filter(w -> !w.equals("Port")).toList() : words;
            WordAutomaton a = new WordAutomaton(list, ignoreCase);
            for (int n = 0; n < 2000; n++) {
                StringBuilder b = new StringBuilder();
                for (int k = rnd.nextInt(60); k > 0; k--) {
                    b.append(rnd.nextInt(3) == 0 ? list.get(rnd.nextInt(list.size())) : String.valueOf(alphabet.charAt(rnd.nextInt(alphabet.length()))));
                }
                String text = b.toString();
                List<String> expected = naive(list, text, ignoreCase);
                assertEquals(expected, occurrences(a, text), () -> text);
                hits += expected.size();
            }
        }
        assertTrue(hits > 10_000, "the texts hold the words often enough: " + hits);
    }

    @Test
    void caseMattersUnlessIgnored() {
        WordAutomaton exact = new WordAutomaton(List.of("port"), false);
        WordAutomaton folded = new WordAutomaton(List.of("port"), true);
        assertEquals(List.of(), occurrences(exact, "PORT Port"));
        assertEquals(List.of("3:0", "8:0", "13:0"), occurrences(folded, "PORT Port pOrT"));
        // only ASCII letters fold: the Kelvin sign is not a 'k'
        assertEquals(List.of(), occurrences(new WordAutomaton(List.of("key"), true), "\u212aey"));
    }

    @Test
    void refusesWhatItCannotMatch() {
        assertThrows(IllegalArgumentException.class, () -> new WordAutomaton(List.of(""), false));
        assertThrows(IllegalArgumentException.class, () -> new WordAutomaton(List.of("caf\u00e9"), false));
        assertThrows(IllegalArgumentException.class, () -> new WordAutomaton(List.of("a", "a"), false));
        assertThrows(IllegalArgumentException.class, () -> new WordAutomaton(List.of("Key", "key"), true));
    }
}
