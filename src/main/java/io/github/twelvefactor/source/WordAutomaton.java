package io.github.twelvefactor.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * An Aho-Corasick automaton over a fixed set of ASCII words: one table step per character of a
 * text finds every occurrence of every word, overlapping ones included, with no comparison and no
 * going back. The words' pre-filters ({@link Mentions}, the secret gate of Java files) run it once
 * over each file, so that a file costs little more than reading it.
 *
 * <p>Callers write the loop themselves: a {@code find(text, callback)} called back at each word
 * found measured about a third slower on the word pass (words such as {@code log} and {@code port}
 * are found every few dozen characters), so the two callers each keep these few lines:
 *
 * <pre>{@code
 * int state = 0;
 * for (int i = 0; i < text.length(); i++) {
 *     state = a.step(state, text.charAt(i));
 *     int[] ends = a.ends(state);   // words that end at i, or null
 * }
 * }</pre>
 *
 * Immutable once built, and so safe to share between threads.
 */
public final class WordAutomaton {
    private final List<String> words;
    /** Character class of each ASCII character (with {@code ignoreCase}, a letter's two cases share one); 0 is "in no word". */
    private final byte[] classOf = new byte[128];
    private final int classes;
    /**
     * {@code next[state + class]}: the state after reading a character of that class. A state is its
     * row's offset in this table (its number times {@code classes}), so that a step is one add and
     * one load; the start state is 0.
     */
    private final int[] next;
    /**
     * The first state at which a word ends: such states are numbered after all others, so that
     * "does a word end here?" is one comparison per character, not a load.
     */
    private final int firstEnding;
    /** For each state from {@code firstEnding} on, in order, the indexes of the words that end there (suffix links followed). */
    private final int[][] ends;

    /**
     * @param words      the words, each of one or more ASCII characters, none twice
     * @param ignoreCase when true, a letter matches in either case (ASCII only)
     */
    public WordAutomaton(List<String> words, boolean ignoreCase) {
        this.words = List.copyOf(words);
        int k = 1;
        for (String w : this.words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("an empty word");
            }
            for (int i = 0; i < w.length(); i++) {
                char c = fold(w.charAt(i), ignoreCase);
                if (c >= 128) {
                    throw new IllegalArgumentException("not ASCII: " + w);
                }
                if (classOf[c] == 0) {
                    if (k > Byte.MAX_VALUE) {
                        throw new IllegalArgumentException("too many distinct characters");
                    }
                    classOf[c] = (byte) k++;
                }
            }
        }
        if (ignoreCase) {
            for (char c = 'A'; c <= 'Z'; c++) {
                classOf[c] = classOf[c + 32];
            }
        }
        this.classes = k;
        // the trie
        List<int[]> goTo = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        goTo.add(new int[classes]);
        out.add(new ArrayList<>());
        for (int w = 0; w < this.words.size(); w++) {
            String word = this.words.get(w);
            int s = 0;
            for (int i = 0; i < word.length(); i++) {
                int c = classOf[fold(word.charAt(i), ignoreCase)];
                if (goTo.get(s)[c] == 0) {
                    goTo.get(s)[c] = goTo.size();
                    goTo.add(new int[classes]);
                    out.add(new ArrayList<>());
                }
                s = goTo.get(s)[c];
            }
            if (!out.get(s).isEmpty()) {
                throw new IllegalArgumentException("listed twice: " + word);
            }
            out.get(s).add(w);
        }
        // suffix links, breadth first; missing edges become the suffix's edge (a full DFA)
        int states = goTo.size();
        int[] fail = new int[states];
        int[] dfa = new int[states * classes];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int c = 1; c < classes; c++) {
            int t = goTo.get(0)[c];
            dfa[c] = t;
            if (t != 0) {
                queue.add(t);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            out.get(s).addAll(out.get(fail[s]));
            for (int c = 1; c < classes; c++) {
                int t = goTo.get(s)[c];
                if (t != 0) {
                    fail[t] = dfa[fail[s] * classes + c];
                    dfa[s * classes + c] = t;
                    queue.add(t);
                } else {
                    dfa[s * classes + c] = dfa[fail[s] * classes + c];
                }
            }
        }
        // renumber: the states where no word ends first (the start state stays 0), then the others
        int[] number = new int[states];
        List<int[]> ending = new ArrayList<>();
        int n = 0;
        for (int s = 0; s < states; s++) {
            if (out.get(s).isEmpty()) {
                number[s] = n++;
            }
        }
        this.firstEnding = n * classes;
        for (int s = 0; s < states; s++) {
            if (!out.get(s).isEmpty()) {
                number[s] = n++;
                int[] ends = new int[out.get(s).size()];
                for (int e = 0; e < ends.length; e++) {
                    ends[e] = out.get(s).get(e);
                }
                Arrays.sort(ends);
                ending.add(ends);
            }
        }
        next = new int[states * classes];
        for (int s = 0; s < states; s++) {
            for (int c = 0; c < classes; c++) {
                next[number[s] * classes + c] = number[dfa[s * classes + c]] * classes;
            }
        }
        ends = ending.toArray(new int[0][]);
    }

    private static char fold(char c, boolean ignoreCase) {
        return ignoreCase && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** The state after reading {@code c} in {@code state}; the start state is 0. */
    public int step(int state, char c) {
        return next[state + (c < 128 ? classOf[c] : 0)];
    }

    /** The indexes (in the list given) of the words that end with the character that led to {@code state}, or null. */
    public int[] ends(int state) {
        return state < firstEnding ? null : ends[(state - firstEnding) / classes];
    }

    public String word(int index) {
        return words.get(index);
    }

    public int size() {
        return words.size();
    }

    @Override
    public String toString() {
        return "WordAutomaton" + Arrays.asList(next.length / classes, classes) + words;
    }
}
