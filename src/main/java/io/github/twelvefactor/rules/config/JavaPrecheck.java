package io.github.twelvefactor.rules.config;

import io.github.twelvefactor.rules.support.JavaLexer;
import io.github.twelvefactor.rules.support.SecretNames;

/**
 * Decides, from one lexer pass and without parsing, whether a Java file can hold a hardcoded secret,
 * so that most files are never parsed (parsing is what costs: see DESIGN.md's speed facts).
 *
 * <p>A file is worth parsing when one statement (tokens up to a {@code ;}) both mentions a secret
 * and holds a literal (string, text block or char), or when it calls a credential sink and holds a
 * literal anywhere (a constant declared elsewhere in the file may reach the sink). A mention is an
 * identifier that names a secret ({@code dbPassword}, {@code setApiKey}, {@code getToken}) or a
 * string literal without blanks that does ({@code "password"}, {@code "${jwt.secret:x}"}).
 * Comments never count: the lexer skips them.
 */
final class JavaPrecheck {
    private JavaPrecheck() {
    }

    static boolean worthParsing(String text) {
        if (text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
            return false;
        }
        State s = new State();
        JavaLexer.scan(text, s);
        return s.found || (s.sink && s.literalInFile);
    }

    private static final class State implements JavaLexer.Listener {
        boolean found;
        boolean sink;
        boolean literalInFile;
        boolean mention;
        boolean literal;

        @Override
        public void identifier(String source, int start, int end, int line, int column) {
            if (found || !mayNameSecret(source, start, end)) {
                return;
            }
            String id = source.substring(start, end);
            boolean setter = SecretNames.namesSecretSetter(id);
            if (JavaSinks.HINTS.contains(id) || (setter && (id.startsWith("set") || id.startsWith("with")))) {
                sink = true; // setPassword(p): p may be a local or constant set elsewhere
            }
            if (setter || SecretNames.namesSecret(id) || SecretNames.namesSecretGetter(id)) {
                mention = true;
                found |= literal;
            }
        }

        @Override
        public void string(String value, int line, int column) {
            literal = true;
            literalInFile = true;
            if (!mention && value.indexOf(' ') < 0 && SecretNames.mayNameSecret(value)
                    && (SecretNames.namesSecret(value) || value.contains("${"))) {
                mention = true;
            }
            found |= mention;
        }

        @Override
        public void charLiteral(int line, int column) {
            literal = true;
            literalInFile = true;
            found |= mention;
        }

        @Override
        public void punctuation(char c, int line, int column) {
            if (c == ';') {
                mention = false;
                literal = false;
            }
        }

        /**
         * Cheap case-insensitive test for the stems of secret words and sink names before any
         * string is made: most identifiers fail on their first letters.
         */
        private static boolean mayNameSecret(String s, int start, int end) {
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                switch (c | 0x20) {
                    case 'p', 's', 't', 'c', 'k', 'g', 'l', 'h', 'a' -> {
                        if (startsWithAny(s, i, end)) {
                            return true;
                        }
                    }
                    default -> {
                        // not the first letter of a stem
                    }
                }
            }
            return false;
        }

        private static final String[] STEMS = {"pass", "pwd", "pw", "secret", "token", "credential", "key",
            "getconnection", "login", "signwith", "hmacsha", "addidentity"};

        private static boolean startsWithAny(String s, int i, int end) {
            for (String stem : STEMS) {
                if (end - i >= stem.length() && s.regionMatches(true, i, stem, 0, stem.length())) {
                    return true;
                }
            }
            return false;
        }
    }
}
