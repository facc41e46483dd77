package io.github.twelvefactor.rules.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.Node;

/**
 * Parses the pieces {@link JavaPrecheck} cut out of a file (statements, class members), so that a
 * big file costs only what needs a look. Each piece is padded with the blank lines and columns that
 * precede it, so that its nodes keep the positions they have in the file. A statement that does not
 * parse as one is tried as a declaration (a field of an anonymous class); a member as enum
 * constants. When a piece still does not parse, the caller parses the whole file.
 *
 * <p>One parser per thread, configured like the engine's (never javaparser's static one, whose
 * configuration every build in the JVM would share).
 */
final class JavaSnippets {
    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(
            new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.BLEEDING_EDGE)
                    .setAttributeComments(false)));

    private JavaSnippets() {
    }

    /** The snippets parsed, in order; null when one of them does not parse alone. */
    static List<Node> parse(String text, List<JavaPrecheck.Snippet> snippets) {
        if (snippets.isEmpty()) {
            return List.of(); // and javaparser stays unloaded
        }
        List<Node> out = new ArrayList<>();
        JavaParser parser = PARSER.get();
        int line = 1;
        int lineStart = 0;
        int counted = 0;
        for (JavaPrecheck.Snippet s : snippets) {
            for (; counted < s.start(); counted++) {
                if (text.charAt(counted) == '\n') {
                    line++;
                    lineStart = counted + 1;
                }
            }
            StringBuilder column = new StringBuilder();
            for (int i = lineStart; i < s.start(); i++) {
                column.append(text.charAt(i) == '\t' ? '\t' : ' ');
            }
            String body = text.substring(s.start(), s.end()) + (s.openBlock() ? "{}" : "");
            String padded = "\n".repeat(line - 1) + column + body;
            Optional<? extends Node> node = s.member() ? Optional.empty() : result(() -> parser.parseStatement(padded));
            if (node.isEmpty()) {
                node = result(() -> parser.parseBodyDeclaration(padded));
            }
            if (node.isEmpty() && s.member() && line >= 2) {
                // enum constants: A("x"), B; parse inside an enum opened on the line before
                String wrapped = "\n".repeat(line - 2) + "enum EnumConstants {\n" + column + body + "}";
                node = result(() -> parser.parseBodyDeclaration(wrapped));
            }
            if (node.isEmpty()) {
                return null;
            }
            out.add(node.get());
        }
        return out;
    }

    private static Optional<? extends Node> result(java.util.function.Supplier<ParseResult<? extends Node>> parse) {
        try {
            ParseResult<? extends Node> r = parse.get();
            return r.isSuccessful() ? r.getResult() : Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }
}
