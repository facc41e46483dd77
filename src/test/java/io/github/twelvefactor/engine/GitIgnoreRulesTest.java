package io.github.twelvefactor.engine;

import static io.github.twelvefactor.engine.GitIgnoreRules.EXCLUDED;
import static io.github.twelvefactor.engine.GitIgnoreRules.INCLUDED;
import static io.github.twelvefactor.engine.GitIgnoreRules.UNDECIDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** One .gitignore file's patterns, rule by rule: what each must match, and the traps it must not fall in. */
class GitIgnoreRulesTest {
    private static final boolean FILE = false;
    private static final boolean DIR = true;

    private static void hits(String rules, String... paths) {
        GitIgnoreRules r = GitIgnoreRules.parse(rules);
        for (String p : paths) {
            assertEquals(EXCLUDED, r.match(p, FILE), "'" + rules.strip() + "' should ignore " + p);
        }
    }

    private static void misses(String rules, String... paths) {
        GitIgnoreRules r = GitIgnoreRules.parse(rules);
        for (String p : paths) {
            assertEquals(UNDECIDED, r.match(p, FILE), "'" + rules.strip() + "' should not match " + p);
        }
    }

    @Test
    void blankLinesAndCommentsAreNoPatterns() {
        GitIgnoreRules r = GitIgnoreRules.parse("\n# a.txt\n   \n\t# not a comment\n\n");
        assertEquals(UNDECIDED, r.match("a.txt", FILE));
        assertEquals(UNDECIDED, r.match("# a.txt", FILE));
        assertEquals(EXCLUDED, r.match("\t# not a comment", FILE), "only a # in the first column starts a comment");
        assertTrue(GitIgnoreRules.parse("# only\n\n  \n").isEmpty());
        hits("\\#hash\n", "#hash");
        misses("\\#hash\n", "\\#hash");
    }

    @Test
    void trailingSpacesAreDroppedUnlessEscaped() {
        hits("a.txt   \n", "a.txt");
        misses("a.txt   \n", "a.txt   ");
        hits("a\\ \n", "a ");
        misses("a\\ \n", "a");
        hits("a\\  \n", "a "); // the escaped space stays, the plain one after it goes
        misses("a\\  \n", "a  ");
        hits("a b\n", "a b");
        hits(" lead\n", " lead"); // leading spaces are kept
        misses(" lead\n", "lead");
        hits("tab\t\n", "tab\t"); // only spaces are trimmed
    }

    @Test
    void crlfByteOrderMarkAndALastLineWithoutNewline() {
        GitIgnoreRules r = GitIgnoreRules.parse("\uFEFFa.txt\r\nb.txt\r\n!c.txt\r\nc*");
        assertEquals(EXCLUDED, r.match("a.txt", FILE), "the BOM is not part of the first pattern");
        assertEquals(EXCLUDED, r.match("b.txt", FILE), "the CR is not part of the pattern");
        assertEquals(EXCLUDED, r.match("c.txt", FILE), "c* comes after !c.txt, and wins");
        assertEquals(EXCLUDED, r.match("cd", FILE), "a last line without LF counts");
        assertEquals(UNDECIDED, GitIgnoreRules.parse("a.txt\r\r\n").match("a.txt", FILE), "only one CR is dropped");
    }

    @Test
    void backslashEscapesTheNextCharacter() {
        hits("\\!bang\n", "!bang");
        hits("\\*star\n", "*star");
        misses("\\*star\n", "xstar");
        hits("q\\?\n", "q?");
        misses("q\\?\n", "qx");
        hits("\\[a]\n", "[a]");
        misses("\\[a]\n", "a");
        hits("\\a\\b\n", "ab");
        misses("trailing\\\n", "trailing", "trailing\\"); // a trailing backslash matches nothing
    }

    @Test
    void negationReincludesAndTheLastMatchingPatternWins() {
        GitIgnoreRules r = GitIgnoreRules.parse("*.log\n!important.log\n");
        assertEquals(EXCLUDED, r.match("debug.log", FILE));
        assertEquals(INCLUDED, r.match("important.log", FILE));
        assertEquals(INCLUDED, r.match("sub/important.log", FILE));
        GitIgnoreRules later = GitIgnoreRules.parse("!important.log\n*.log\n");
        assertEquals(EXCLUDED, later.match("important.log", FILE), "a negation before the pattern is overridden");
        assertEquals(UNDECIDED, GitIgnoreRules.parse("!a\n").match("b", FILE));
        assertEquals(INCLUDED, GitIgnoreRules.parse("!a\n").match("a", FILE), "a lone negation says 'not ignored'");
        assertTrue(GitIgnoreRules.parse("!\n/\n!/\n").isEmpty(), "empty patterns match nothing");
    }

    @Test
    void aTrailingSlashMatchesDirectoriesOnly() {
        GitIgnoreRules r = GitIgnoreRules.parse("build/\n");
        assertEquals(EXCLUDED, r.match("build", DIR));
        assertEquals(EXCLUDED, r.match("sub/build", DIR), "no other slash: at any depth");
        assertEquals(UNDECIDED, r.match("build", FILE));
        assertEquals(UNDECIDED, r.match("build/x.txt", FILE), "the folder, not its files: GitIgnores asks for folders");
        GitIgnoreRules anchored = GitIgnoreRules.parse("/out/\ndocs/site/\n");
        assertEquals(EXCLUDED, anchored.match("out", DIR));
        assertEquals(UNDECIDED, anchored.match("sub/out", DIR));
        assertEquals(EXCLUDED, anchored.match("docs/site", DIR));
        assertEquals(UNDECIDED, anchored.match("docs/site", FILE));
        assertEquals(UNDECIDED, anchored.match("x/docs/site", DIR));
    }

    @Test
    void aPatternWithoutSlashMatchesTheNameAtAnyDepth() {
        hits("*.class\n", "A.class", "a/b/C.class");
        hits("Thumbs.db\n", "Thumbs.db", "x/y/Thumbs.db");
        misses("Thumbs.db\n", "Thumbs.db.bak", "xThumbs.db");
        GitIgnoreRules r = GitIgnoreRules.parse("target\n");
        assertEquals(EXCLUDED, r.match("target", DIR));
        assertEquals(EXCLUDED, r.match("m/target", DIR));
        assertEquals(EXCLUDED, r.match("m/target", FILE));
        assertEquals(UNDECIDED, r.match("target/x", FILE), "the name, not what lies below it");
    }

    @Test
    void aSlashAtTheStartOrInTheMiddleAnchorsToTheFilesFolder() {
        hits("/root.txt\n", "root.txt");
        misses("/root.txt\n", "sub/root.txt");
        hits("doc/frotz\n", "doc/frotz");
        misses("doc/frotz\n", "a/doc/frotz", "doc/x/frotz", "frotz");
        hits("/doc/frotz\n", "doc/frotz");
        misses("/doc/frotz\n", "a/doc/frotz");
        hits("/*.c\n", "cat-file.c");
        misses("/*.c\n", "mozilla-sha1/sha1.c");
    }

    @Test
    void starAndQuestionMarkDoNotCrossSlashes() {
        hits("foo/*\n", "foo/test.json", "foo/bar");
        misses("foo/*\n", "foo/bar/hello.c", "foo");
        hits("a/?/c\n", "a/b/c");
        misses("a/?/c\n", "a//c", "a/bb/c", "a/b/d/c");
        misses("a?b\n", "a/b");
        hits("a*b\n", "ab", "axxb", "x/ab");
        hits("*/x.txt\n", "mid/x.txt", "a/x.txt");
        misses("*/x.txt\n", "x.txt", "a/b/x.txt");
        hits("mid*/x.txt\n", "mid/x.txt", "middle/x.txt");
        misses("mid*/x.txt\n", "mid/deeper/x.txt", "a/mid/x.txt");
        hits("*\n", "anything", "a/b");
    }

    @Test
    void bracketClassesRangesAndNegation() {
        hits("[Tt]humbs.db\n", "Thumbs.db", "thumbs.db");
        misses("[Tt]humbs.db\n", "THUMBS.db", "humbs.db");
        hits("*.sw[a-p]\n", "x.swa", "x.swp");
        misses("*.sw[a-p]\n", "x.swz", "x.sw");
        hits("v[!0-9]\n", "va");
        misses("v[!0-9]\n", "v1");
        hits("v[^a-c]\n", "vd");
        misses("v[^a-c]\n", "va", "vc");
        hits("r[]]\n", "r]");          // ']' first is a member
        hits("r[!]]\n", "rx");
        misses("r[!]]\n", "r]");
        hits("s[a-c-e]\n", "sa", "sb", "s-", "se");
        misses("s[a-c-e]\n", "sd");    // "-e" after a range is a '-' and an 'e'
        hits("t[-a]\n", "t-", "ta");
        hits("u[a-]\n", "u-", "ua");
        hits("w[\\]]\n", "w]");
        misses("open[ab\n", "opena", "open[ab"); // never closed: the pattern matches nothing
        hits("x[[:digit:]]\n", "x7");
        misses("x[[:digit:]]\n", "xa");
        hits("[[:upper:]][[:lower:]]*\n", "Abc");
        misses("[[:upper:]][[:lower:]]*\n", "ABc");
        hits("y[[:alpha:][:digit:]]\n", "ya", "y1");
        hits("z[[:space:]]\n", "z ");
        misses("bad[[:nope:]]\n", "badx");
        hits("p[[:x]\n", "p[", "p:", "px"); // no ":]": '[' ':' 'x' are members
        misses("q[a-c]\n", "q/");
        misses("a[/]b\n", "a/b"); // a class never matches '/' in a path
    }

    @Test
    void doubleStarLeadingTrailingAndMiddle() {
        hits("**/foo\n", "foo", "a/foo", "a/b/foo");
        misses("**/foo\n", "foox", "a/xfoo");
        hits("**/foo/bar\n", "foo/bar", "x/y/foo/bar");
        hits("abc/**\n", "abc/x", "abc/x/y");
        misses("abc/**\n", "abc", "xabc/x");
        assertEquals(UNDECIDED, GitIgnoreRules.parse("abc/**\n").match("abc", DIR), "not the folder itself");
        hits("a/**/b\n", "a/b", "a/x/b", "a/x/y/b");
        misses("a/**/b\n", "a/xb", "ab", "x/a/b");
        hits("docs/**/draft-*.md\n", "docs/draft-1.md", "docs/a/b/draft-2.md");
        misses("docs/**/draft-*.md\n", "docs/a/final.md");
        hits("**\n", "a", "a/b");
        hits("/**/x\n", "x", "a/x");
    }

    @Test
    void doubleStarNotBetweenSlashesIsAPlainStar() {
        hits("a**b\n", "ab", "axyb");
        misses("a**b\n", "a/b", "ax/yb");
        hits("**foo\n", "foo", "xfoo", "d/xfoo");
        misses("x/**foo\n", "x/a/foo");
        // as in git, a literal head is compared first and the rest matched as a pattern of its own
        hits("foo**/bar\n", "foo/bar", "foox/bar", "foo/x/bar");
        misses("foo**/bar\n", "fo/bar");
    }

    @Test
    void matchingIsOnUtf8BytesAsInGit() {
        hits("caf\u00e9\n", "caf\u00e9");
        misses("caf?\n", "caf\u00e9"); // '?' is one byte, 'é' two
        hits("caf??\n", "caf\u00e9");
        hits("*\u00e9\n", "caf\u00e9");
        GitIgnoreRules r = GitIgnoreRules.parse("caf\u00e9.txt\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(EXCLUDED, r.match("caf\u00e9.txt", FILE));
    }

    @Test
    void caseMatters() {
        misses("*.LOG\n", "a.log");
        assertEquals(UNDECIDED, GitIgnoreRules.parse("Build/\n").match("build", DIR));
    }

    @Test
    void aPathIsMatchedFromTheFilesFolderWhenGivenARange() {
        GitIgnoreRules r = GitIgnoreRules.parse("/local.properties\nmain/*.secret\n");
        byte[] path = "src/local.properties".getBytes(StandardCharsets.UTF_8);
        assertEquals(EXCLUDED, r.match(path, 4, path.length, FILE), "relative to src/");
        assertEquals(UNDECIDED, r.match(path, 0, path.length, FILE));
        byte[] deeper = "src/main/db.secret".getBytes(StandardCharsets.UTF_8);
        assertEquals(EXCLUDED, r.match(deeper, 4, deeper.length, FILE));
    }

    @Test
    void pathologicalPatternsStayFast() {
        String stars = "a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b\n";
        String text = "a".repeat(200);
        long start = System.nanoTime();
        misses(stars, text);
        misses("**/a/**/a/**/a/**/a/**/a/**/b\n", "a/".repeat(60) + "c");
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "backtracking is bounded");
    }
}
