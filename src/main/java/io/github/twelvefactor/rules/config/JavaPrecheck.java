package io.github.twelvefactor.rules.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.twelvefactor.rules.support.JavaLexer;
import io.github.twelvefactor.rules.support.JavaTokens;
import io.github.twelvefactor.rules.support.SecretJudge;
import io.github.twelvefactor.rules.support.SecretNames;

/**
 * Decides, without parsing, which pieces of a Java file can hold a hardcoded secret, so that
 * javaparser sees as little as possible: parsing is what costs (DESIGN.md's speed facts), and the
 * files that mention passwords or tokens are the biggest ones.
 *
 * <p>{@link JavaGate} first turns away files in which no secret word or sink name stands as a
 * word. Then one lexer pass reads statements (the tokens up to a {@code ;} or a block's brace). A
 * statement is a candidate when it
 * <ul>
 * <li>mentions a secret and holds a literal that would be judged a secret, a char literal or an
 * array initializer: the mention is an identifier that names a secret ({@code dbPassword},
 * {@code getToken}) or a blank-free string literal that does ({@code "password"},
 * {@code "${jwt.secret:x}"}, and {@code "Authorization"} for a header set to a literal); or</li>
 * <li>calls a credential sink ({@link JavaSinks}, or a secret setter such as {@code setPassword})
 * with enough arguments, one of which is a literal.</li>
 * </ul>
 * A candidate statement is a snippet of its own. A sink that takes a name given a literal by an
 * earlier statement ({@code static final String DB = "..."}, {@code String p = "..."}) needs more:
 * the whole member (method) that calls it and the members that gave the names their literal.
 * Comments never count: the lexer skips them.
 */
final class JavaPrecheck {

    /**
     * A piece to parse, {@code [start, end)} in the file: a class member ({@code member}: parse it as
     * a body declaration) or a statement; {@code openBlock} when it ends where a block opens
     * ({@code if (...) {}}), so the parser must be given an empty block.
     */
    record Snippet(int start, int end, boolean member, boolean openBlock) {
    }

    /**
     * A statement read whole without a parse: {@code [annotations] [modifiers] Type name = "literal";}
     * or {@code name = "literal";}, the literal plain (no escape, no text block), every annotation
     * one that holds no finding. Such a statement is judged as the tree walk would judge it
     * ({@link JavaSecrets#declared}).
     */
    record Declared(String name, String value, int line, int column, int start) {
    }

    /** What to parse: the listed snippets, or the whole file; and the statements judged without a parse. */
    record Plan(boolean wholeFile, List<Snippet> snippets, List<Declared> declared) {
        boolean nothing() {
            return !wholeFile && snippets.isEmpty() && declared.isEmpty();
        }
    }

    // loops and a plain comparator, no lambdas: every Java file that may hold a secret comes here,
    // and a lambda is a class spun at run time (see Finding.comparePlace)
    private static final java.util.Comparator<Snippet> BY_START = new java.util.Comparator<>() {
        @Override
        public int compare(Snippet a, Snippet b) {
            return Integer.compare(a.start(), b.start());
        }
    };

    private JavaPrecheck() {
    }

    /** Whether {@code [from, to)} lies inside one of the member snippets. */
    private static boolean inMember(List<Snippet> snippets, int from, int to) {
        for (Snippet o : snippets) {
            if (o.member() && o.start() <= from && to <= o.end()) {
                return true;
            }
        }
        return false;
    }

    static Plan plan(String text) {
        return plan(text, io.github.twelvefactor.source.Mentions.find(text).secretWords());
    }

    /** @param secretWords where the secret words stand in {@code text}, from the file's word pass */
    static Plan plan(String text, int[] secretWords) {
        if (!JavaGate.mayHoldSecret(text, secretWords)) {
            return new Plan(false, List.of(), List.of());
        }
        State s = new State(text);
        JavaLexer.scan(text, s);
        return s.plan();
    }

    /**
     * A sink call's argument names, whether only names given characters count (KeyStore.load and
     * friends, with no toCharArray() at the call), the member it is in, and whether it lay outside any.
     */
    private record NameSink(Set<String> names, boolean charNamesOnly, int member, boolean outsideMembers) {
    }

    private static final class State implements JavaLexer.Listener {
        private final String text;
        private boolean wholeFile;
        private final List<Snippet> statements = new ArrayList<>();
        // members (declarations at brace depth 1): every one seen, and those wanted whole
        private final List<int[]> members = new ArrayList<>();
        private final Set<Integer> wantedMembers = new HashSet<>();
        private int braces;
        private int memberStart = -1;
        /** Array initializers ({'s', '3'}) are expressions, not blocks: their braces end no statement. */
        private int initializerDepth;
        // the current statement
        private int statementStart = -1;
        private int statementDepth;
        private boolean mention;
        private boolean candidate;
        private boolean charsOrArray;
        private int chars;
        private boolean caseLabel;
        private final List<String> literals = new ArrayList<>();
        /** The previous token when it was punctuation, else 0: {@code = {} opens an initializer, {@code A, B {} a body. */
        private char previousPunctuation;
        // `name = "literal"`: the last identifier, the assigned one, whether a literal follows '='
        private int lastStart = -1;
        private int lastEnd;
        private int assignedStart = -1;
        private int assignedEnd;
        private boolean afterAssign;
        private boolean literalAssigned;
        /** Names given a literal, with the indexes of the members where that happened. */
        private final Map<String, Set<Integer>> literalNames = new HashMap<>();
        /** Names given a literal as characters ({@code "...".toCharArray()}, {@code {'s', '3'}}). */
        private final Set<String> charNames = new HashSet<>();
        /** The current statement calls toCharArray. */
        private boolean toCharArray;
        /** Names given a literal that names a secret ({@code PROP = "db.password"}): keys, when stored under. */
        private final Map<String, Integer> keyNames = new HashMap<>();
        private final Set<Integer> keyNameMembers = new HashSet<>();
        private boolean keyLiteral;
        private final SinkCallReader sink = new SinkCallReader();
        /** Sink calls with names among their arguments: read once the whole file has given names their literals. */
        private final List<NameSink> nameSinks = new ArrayList<>();
        private final List<Declared> declared = new ArrayList<>();
        // annotations: after '@', its name; the arguments of one that holds no finding are skipped
        private boolean annotationName;
        private String annotation;
        private int skippedParens;
        // the current statement while it keeps the shape of Declared: 0 before '=', 1 after it, 2 after the literal
        private boolean plain = true;
        private int plainStep;
        private String plainValue;
        private int plainLine;
        private int plainColumn;

        State(String text) {
            this.text = text;
        }

        Plan plan() {
            for (NameSink call : nameSinks) {
                for (String name : call.names()) {
                    Set<Integer> given = literalNames.get(name);
                    if (given != null && (!call.charNamesOnly() || charNames.contains(name))) {
                        // names given a literal anywhere in the file (above or below, a field or a
                        // local, in this type or a nested one): their members, and the caller's whole member
                        wantedMembers.addAll(given);
                        wantedMembers.add(call.member());
                        wholeFile |= call.outsideMembers();
                    }
                }
            }
            if (wholeFile) {
                return new Plan(true, List.of(), List.of());
            }
            List<Snippet> out = new ArrayList<>();
            for (int m : wantedMembers) {
                if (m >= members.size()) {
                    return new Plan(true, List.of(), List.of()); // a member that never closed: parse it all
                }
                int[] r = members.get(m);
                out.add(new Snippet(r[0], r[1], true, false));
            }
            for (Snippet s : statements) {
                if (!inMember(out, s.start(), s.end())) {
                    out.add(s);
                }
            }
            // a member parsed for a sink's sake is judged there, its declaration with it
            List<Declared> alone = new ArrayList<>();
            for (Declared d : declared) {
                if (!inMember(out, d.start(), d.start() + 1)) {
                    alone.add(d);
                }
            }
            out.sort(BY_START);
            return new Plan(false, out, java.util.Collections.unmodifiableList(alone));
        }

        @Override
        public boolean done() {
            return wholeFile;
        }

        @Override
        public void identifier(String src, int start, int end, int line, int column) {
            if (skippedParens > 0) {
                token(start, true);
                return;
            }
            if (annotationName && (previousPunctuation == '@' || previousPunctuation == '.')) {
                annotation = src.substring(start, end);
                annotationName = !annotation.equals("interface");
            } else {
                annotationName = false;
            }
            plain &= plainStep == 0;
            if (statementStart < 0 && !caseLabel && ((end - start == 4 && src.startsWith("case", start))
                    || (end - start == 7 && src.startsWith("default", start)))) {
                caseLabel = true; // `case X:` / `case X ->` belongs to no statement
            }
            if (caseLabel) {
                token(start, false);
                return;
            }
            boolean keyword = end - start == 4 && src.startsWith("else", start);
            token(start, !keyword);
            lastStart = start;
            lastEnd = end;
            toCharArray |= JavaTokens.isToCharArray(src, start, end);
            if (sink.readingArguments()) {
                sink.argumentName(src, start, end);
            }
            if (!keyNames.isEmpty()) {
                Integer member = keyNames.get(src.substring(start, end));
                if (member != null) {
                    mention = true;
                    keyNameMembers.add(member);
                }
            }
            boolean stem = SecretNames.hasStem(src, start, end);
            if (!stem && !SinkCallReader.isStemlessSink(src, start, end)) {
                return;
            }
            String id = src.substring(start, end);
            boolean setter = stem && SecretNames.namesSecretSetter(id);
            sink.name(id, setter);
            if (setter || (stem && (SecretNames.namesSecret(id) || SecretNames.namesSecretGetter(id)
                    || JavaSecrets.namesSecretKey(id)))) {
                mention = true;
            }
        }

        @Override
        public void string(String value, int offset, int line, int column) {
            annotationName = false;
            if (skippedParens > 0) {
                token(offset, true);
                return;
            }
            if (plain && plainStep == 1 && JavaTokens.writtenAsIs(text, offset, value)) {
                plainStep = 2;
                plainValue = value;
                plainLine = line;
                plainColumn = column;
            } else {
                plain = false;
            }
            if (caseLabel) {
                token(offset, false);
                return;
            }
            literalAssigned |= afterAssign;
            token(offset, true);
            literals.add(value);
            if (sink.readingArguments()) {
                sink.argumentLiteral(value);
            }
            boolean blankFree = value.indexOf(' ') < 0;
            boolean namesSecret = blankFree && SecretNames.hasStem(value, 0, value.length()) && SecretNames.namesSecret(value);
            keyLiteral |= namesSecret;
            if (!mention && (namesSecret || (blankFree && value.contains("${") && SecretNames.hasStem(value, 0, value.length()))
                    || value.equalsIgnoreCase("Authorization"))) {
                mention = true;
            }
        }

        @Override
        public void charLiteral(int offset, int line, int column) {
            annotationName = false;
            if (skippedParens > 0) {
                token(offset, true);
                return;
            }
            plain = false;
            if (caseLabel) {
                token(offset, false);
                return;
            }
            token(offset, true);
            charsOrArray |= ++chars >= 2; // {'s', '3'}: one char alone is no secret
            if (sink.readingArguments()) {
                sink.argumentChar();
            }
        }

        /** Bookkeeping every token shares: where members and statements start. */
        private void token(int offset, boolean startsStatement) {
            if (braces == 1 && memberStart < 0) {
                memberStart = offset;
            }
            if (statementStart < 0 && startsStatement) {
                statementStart = offset;
                statementDepth = braces;
            }
            previousPunctuation = 0;
            afterAssign = false;
        }

        @Override
        public void punctuation(char c, int offset, int line, int column) {
            char previous = previousPunctuation;
            if (skippedParens > 0) {
                token(offset, true);
                skippedParens += c == '(' ? 1 : c == ')' ? -1 : 0;
                previousPunctuation = c;
                return;
            }
            if (annotationName && c == '(' && !holdsFindings(annotation)) {
                // @Column(name = "password_hash"), @JsonProperty("token"): constants that name a column
                // or a property, never a secret's value
                annotationName = false;
                token(offset, true);
                skippedParens = 1;
                previousPunctuation = c;
                return;
            }
            annotationName = c == '@' || (annotationName && c == '.');
            if (c == '=' && previous != '=' && plainStep == 0) {
                plainStep = 1;
            } else if (c != ';' && !(plainStep == 0 && ".<>[]?@".indexOf(c) >= 0)) {
                plain = false;
            }
            if (caseLabel) {
                token(offset, false);
                caseLabel = !(c == ':' || (c == '>' && previous == '-'));
                previousPunctuation = c;
                return;
            }
            if (c != '{' && c != '}') {
                token(offset, true);
            }
            SinkCallReader.Outcome call = sink.punctuation(c);
            if (call != null) {
                candidate |= call.literal();
                if (!call.names().isEmpty()) {
                    nameSinks.add(new NameSink(call.names(), call.charNamesOnly(), members.size(), braces < 1));
                }
            }
            if (c == '=' && previous != '=' && lastStart >= 0) {
                assignedStart = lastStart;
                assignedEnd = lastEnd;
                afterAssign = true;
            }
            if (c == '{') {
                if (initializerDepth > 0 || "=](,".indexOf(previous) >= 0) {
                    initializerDepth++;
                    charsOrArray = true;
                } else {
                    endOfStatement(offset, true);
                    if (braces == 1 && memberStart < 0) {
                        memberStart = offset;
                    }
                    braces++;
                }
            } else if (c == '}') {
                if (initializerDepth > 0) {
                    initializerDepth--;
                } else {
                    endOfStatement(offset, false);
                    braces--;
                    if (braces == 1) {
                        endOfMember(offset + 1);
                    } else if (braces <= 0) {
                        braces = 0;
                        memberStart = -1;
                    }
                }
            } else if (c == ';') {
                endOfStatement(offset + 1, false);
                if (braces == 1) {
                    endOfMember(offset + 1);
                }
            }
            previousPunctuation = c;
        }

        private void endOfStatement(int end, boolean openBlock) {
            if (mention && (charsOrArray || anyJudged(literals))) {
                candidate = true;
            }
            if (candidate && statementStart >= 0 && statementDepth < 1) {
                // a type's header: only a record component's @Value("${x:default}") can hold a finding there
                for (String l : literals) {
                    wholeFile |= l.contains("${");
                }
            } else if (candidate && statementStart >= 0 && plain && plainStep == 2 && !openBlock && assignedStart >= 0) {
                declared.add(new Declared(text.substring(assignedStart, assignedEnd), plainValue, plainLine, plainColumn,
                        statementStart));
            } else if (candidate && statementStart >= 0) {
                statements.add(new Snippet(statementStart, end, statementDepth == 1, openBlock));
                if (!keyNameMembers.isEmpty()) {
                    // props.put(PROP, "..."): PROP's literal is read from its own member
                    wantedMembers.addAll(keyNameMembers);
                    wantedMembers.add(members.size());
                }
            }
            if (literalAssigned && assignedStart >= 0 && braces >= 1) {
                String name = text.substring(assignedStart, assignedEnd);
                Set<Integer> given = literalNames.get(name);
                if (given == null) {
                    given = new HashSet<>();
                    literalNames.put(name, given);
                }
                given.add(members.size());
                if (toCharArray || charsOrArray) {
                    charNames.add(name);
                }
                if (keyLiteral) {
                    keyNames.put(name, members.size());
                }
            }
            keyLiteral = false;
            toCharArray = false;
            keyNameMembers.clear();
            statementStart = -1;
            mention = false;
            candidate = false;
            charsOrArray = false;
            chars = 0;
            literals.clear();
            assignedStart = -1;
            literalAssigned = false;
            sink.reset();
            plain = true;
            plainStep = 0;
            annotationName = false;
            skippedParens = 0;
        }

        /** {@code @Value("${x:default}")} and {@code @ConfigProperty(defaultValue = ...)}: the tree walk judges them. */
        private static boolean holdsFindings(String annotation) {
            return annotation == null || annotation.equals("Value") || annotation.equals("ConfigProperty");
        }

        /** Members are numbered as they end; the current one is {@code members.size()}. */
        private void endOfMember(int end) {
            if (memberStart >= 0) {
                members.add(new int[] {memberStart, end});
            }
            memberStart = -1;
        }

        private static boolean anyJudged(List<String> literals) {
            for (String l : literals) {
                if (wouldBeJudged(l)) {
                    return true;
                }
            }
            return false;
        }

        /** Would the rule judge this literal a secret (as written, or as a placeholder's default)? */
        private static boolean wouldBeJudged(String literal) {
            return SecretJudge.judge(literal, false, SecretJudge.PLAIN_SECRET) != null
                    || JavaSecrets.authorizationToken(literal) != null;
        }
    }
}
