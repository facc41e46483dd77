package io.github.twelvefactor.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** URIs as SARIF wants them (RFC 3986), built from the engine's {@code /}-separated paths. */
final class SarifUris {
    private static final String HEX = "0123456789ABCDEF";

    private SarifUris() {
    }

    /**
     * A relative reference for a path relative to the reactor's root: every byte of the UTF-8 form
     * but unreserved characters and {@code /} is percent-encoded, so spaces, {@code #}, {@code ?},
     * {@code %}, non-ASCII letters and a {@code :} in the first segment (which would read as a
     * scheme) all survive.
     */
    static String relative(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c) || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return out.toString();
    }

    /** The folder's absolute {@code file:} URI, ASCII only, always ending in {@code /}. */
    static String folder(Path folder) {
        String uri = folder.toAbsolutePath().normalize().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static boolean isUnreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                || c == '_' || c == '~';
    }
}
