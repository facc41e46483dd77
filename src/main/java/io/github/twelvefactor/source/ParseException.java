package io.github.twelvefactor.source;

/** A file that could not be parsed; the message is safe to print (no file content). */
public final class ParseException extends RuntimeException {
    private final int line;

    public ParseException(String message, int line) {
        super(message, null, false, false);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
