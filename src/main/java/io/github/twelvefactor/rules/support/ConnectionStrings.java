package io.github.twelvefactor.rules.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds passwords written into URLs and connection strings:
 * <ul>
 * <li>URL userinfo: {@code scheme://user:pass@host} (also {@code redis://:pass@host}); placeholders
 * with defaults inside the userinfo ({@code ${DB_USER:app}}) are read whole;</li>
 * <li>Oracle thin/OCI: {@code jdbc:oracle:thin:user/pass@host:1521/db};</li>
 * <li>parameters of a URL ({@code ?user=root&password=pw}, SQL Server {@code ;password=pw});</li>
 * <li>libpq keyword strings ({@code host=db user=app password=pw}) and ODBC/ADO.NET strings
 * ({@code Server=db;User Id=sa;Password=pw;}): only when the whole text is such a string, so
 * that SQL or prose mentioning {@code password=} is not taken for one.</li>
 * </ul>
 * A parameter holds a password when its name names a secret ({@link SecretNames}) or is
 * {@code pwd}/{@code passwd}. Nothing is judged here: the caller decides whether the password is
 * a placeholder, a dummy, or the user name again.
 */
public final class ConnectionStrings {

    /** A password found in {@code text} at {@code offset}; {@code user} is null when none is given. */
    public record Credential(String user, String password, int offset) {
    }

    private static final Pattern ORACLE = Pattern.compile("(?i)jdbc:oracle:(?:thin|oci8?):([^/@:\\s\"']+)/([^@\\s\"']+)@");
    private static final Pattern URL_PARAM = Pattern.compile("(?<=[?&;])([A-Za-z][A-Za-z0-9_.-]*)=([^&;#\\s'\"]*)");
    private static final Pattern ADO_PAIR = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9 _.]*?)\\s*=(.*)", Pattern.DOTALL);
    private static final Pattern LIBPQ_PAIR = Pattern.compile("([A-Za-z][A-Za-z0-9_.]*)\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S*)");
    private static final Set<String> USER_KEYS = Set.of("user", "username", "userid", "uid", "login", "user_name");
    private static final Set<String> CONNECTION_KEYS = Set.of("host", "hostaddr", "server", "datasource", "address",
            "addr", "networkaddress", "dbname", "database", "initialcatalog", "driver", "dsn", "provider");

    /** One {@code key=value} pair: key lower-cased without blanks, value unquoted, value's offset. */
    private record Pair(String key, String value, int offset) {
    }

    private ConnectionStrings() {
    }

    /**
     * One raw pass over a whole file, for sources where literals are few and far between: is there
     * a {@code ://} followed by userinfo ({@code @} before the authority ends), a {@code =} right
     * after a secret word ({@code password=}, {@code PWD=}, {@code api_key=}), or an Oracle
     * {@code jdbc:oracle:} URL? Files that answer no cannot hold a credential in a literal.
     */
    public static boolean mayHoldCredential(String text) {
        int n = text.length();
        for (int i = text.indexOf("://"); i >= 0; i = text.indexOf("://", i + 3)) {
            for (int k = i + 3; k < n && k < i + 512; k++) {
                char c = text.charAt(k);
                if (c == '@') {
                    return true;
                }
                if (c == '/' || c == '"' || c == '\'' || c == '?' || c == '#' || Character.isWhitespace(c)) {
                    break;
                }
            }
        }
        for (int i = text.indexOf('='); i > 0; i = text.indexOf('=', i + 1)) {
            int start = i;
            while (start > 0 && start > i - 40 && (Character.isLetterOrDigit(text.charAt(start - 1))
                    || text.charAt(start - 1) == '_')) {
                start--;
            }
            if (start < i && SecretNames.hasStem(text, start, i)) {
                String name = text.substring(start, i);
                if (SecretNames.namesSecret(name) || name.equalsIgnoreCase("pwd") || name.equalsIgnoreCase("passwd")) {
                    return true;
                }
            }
        }
        return text.contains("jdbc:oracle:");
    }

    /** Cheap test: could {@code text} hold a credential at all? */
    public static boolean mayContain(String text) {
        return text.indexOf('=') >= 0 || (text.indexOf('@') >= 0 && (text.contains("://") || text.contains("jdbc:")));
    }

    public static List<Credential> find(String text) {
        List<Credential> out = new ArrayList<>();
        if (text == null || text.isEmpty() || !mayContain(text)) {
            return out;
        }
        userinfo(text, out);
        Matcher oracle = ORACLE.matcher(text);
        while (oracle.find()) {
            out.add(new Credential(oracle.group(1), oracle.group(2), oracle.start(2)));
        }
        boolean url = text.contains("://") || text.regionMatches(true, 0, "jdbc:", 0, 5);
        List<Pair> pairs = url ? urlPairs(text) : keywordPairs(text);
        String user = null;
        for (Pair p : pairs) {
            if (USER_KEYS.contains(p.key())) {
                user = p.value();
            }
        }
        for (Pair p : pairs) {
            if (p.key().equals("pwd") || p.key().equals("passwd") || SecretNames.namesSecret(p.key())) {
                out.add(new Credential(user, p.value(), p.offset()));
            }
        }
        return out;
    }

    private static void userinfo(String text, List<Credential> out) {
        int from = 0;
        int idx;
        while ((idx = text.indexOf("://", from)) >= 0) {
            from = idx + 3;
            if (idx == 0 || !Character.isLetterOrDigit(text.charAt(idx - 1))) {
                continue;
            }
            int end = authorityEnd(text, from);
            int at = lastAtDepthZero(text, from, end, '@');
            int colon = at < 0 ? -1 : firstAtDepthZero(text, from, at, ':');
            if (colon >= 0) {
                out.add(new Credential(text.substring(from, colon), text.substring(colon + 1, at), colon + 1));
            }
        }
    }

    /** Where a URL's authority ends: at {@code /?#}, a blank or a quote outside braces. */
    private static int authorityEnd(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth <= 0 && "/?#\"'<>` \t\r\n".indexOf(c) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static int lastAtDepthZero(String text, int from, int to, char wanted) {
        int found = -1;
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0 && c == wanted) {
                found = i;
            }
        }
        return found;
    }

    private static int firstAtDepthZero(String text, int from, int to, char wanted) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0 && c == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static List<Pair> urlPairs(String text) {
        List<Pair> pairs = new ArrayList<>();
        Matcher m = URL_PARAM.matcher(text);
        while (m.find()) {
            pairs.add(new Pair(normalizeKey(m.group(1)), m.group(2), m.start(2)));
        }
        return pairs;
    }

    /**
     * The pairs of a libpq keyword string ({@code host=db user=app}) or an ODBC/ADO.NET string
     * ({@code Server=db;User Id=sa;}), or an empty list when the text is anything else: every part
     * must be a pair, there must be two or more, and one must name a host, database or driver.
     */
    private static List<Pair> keywordPairs(String text) {
        List<Pair> pairs = new ArrayList<>();
        if (text.indexOf(';') >= 0) {
            int start = 0;
            while (true) {
                int semi = nextSeparator(text, start);
                int end = semi < 0 ? text.length() : semi;
                String segment = text.substring(start, end);
                if (!segment.isBlank()) {
                    Matcher m = ADO_PAIR.matcher(segment);
                    if (!m.matches()) {
                        return List.of();
                    }
                    String raw = m.group(2);
                    int offset = start + m.start(2) + (raw.length() - raw.stripLeading().length());
                    pairs.add(new Pair(normalizeKey(m.group(1)), unquote(raw.strip(), true), offset));
                }
                if (semi < 0) {
                    break;
                }
                start = semi + 1;
            }
        } else {
            Matcher m = LIBPQ_PAIR.matcher(text);
            int expected = 0;
            while (m.find()) {
                if (m.end() == m.start() || !text.substring(expected, m.start()).isBlank()) {
                    return List.of();
                }
                pairs.add(new Pair(normalizeKey(m.group(1)), unquote(m.group(2), false), m.start(2)));
                expected = m.end();
            }
            if (!text.substring(expected).isBlank()) {
                return List.of();
            }
        }
        boolean connection = pairs.stream().anyMatch(p -> CONNECTION_KEYS.contains(p.key()));
        return pairs.size() >= 2 && connection ? pairs : List.of();
    }

    /** The next {@code ;} outside ODBC braces and quotes, or -1. */
    private static int nextSeparator(String text, int from) {
        char open = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open == 0 && (c == '{' || c == '"' || c == '\'')) {
                open = c == '{' ? '}' : c;
            } else if (open != 0 && c == open) {
                open = 0;
            } else if (open == 0 && c == ';') {
                return i;
            }
        }
        return -1;
    }

    private static String normalizeKey(String key) {
        return key.strip().replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** Quotes removed; ODBC's {@code {...}} too when {@code braces} (a URL's {@code {x}} is a template). */
    private static String unquote(String v, boolean braces) {
        if (v.length() >= 2 && ((v.startsWith("'") && v.endsWith("'")) || (v.startsWith("\"") && v.endsWith("\""))
                || (braces && v.startsWith("{") && v.endsWith("}")))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
