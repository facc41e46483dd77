package io.github.twelvefactor.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;

/**
 * The Java parsers of one audit: one configured {@link JavaParser} per thread, never the static
 * one (its configuration is shared by every build in the JVM, and {@code -T} runs builds side by
 * side).
 */
public final class JavaParsers {
    /** Filled on a thread's first parse: most builds parse little or nothing, and javaparser loads only then. */
    private final ThreadLocal<JavaParser> parsers = new ThreadLocal<>();
    private final java.util.concurrent.atomic.AtomicInteger parsed = new java.util.concurrent.atomic.AtomicInteger();

    /** How many files these parsers were asked to parse: the benchmark's "files parsed". */
    public int parsedCount() {
        return parsed.get();
    }

    private JavaParser parser() {
        JavaParser p = parsers.get();
        if (p == null) {
            p = new JavaParser(new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.BLEEDING_EDGE)
                    .setAttributeComments(false)
                    .setStoreTokens(true));
            parsers.set(p);
        }
        return p;
    }

    public CompilationUnit parse(String text) {
        parsed.incrementAndGet();
        ParseResult<CompilationUnit> result;
        try {
            result = parser().parse(text);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ParseException("Java parser failed: " + e.getClass().getSimpleName(), 0);
        }
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return result.getResult().get();
        }
        Problem p = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
        int line = p == null ? 0 : p.getLocation().flatMap(l -> l.getBegin().getRange())
                .map(r -> r.begin.line).orElse(0);
        throw new ParseException("Java syntax error" + (line > 0 ? " at line " + line : ""), line);
    }
}
