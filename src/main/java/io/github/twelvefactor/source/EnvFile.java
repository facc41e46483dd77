package io.github.twelvefactor.source;

import java.util.ArrayList;
import java.util.List;

/** A {@code .env} file: {@code KEY=value} lines, optional {@code export}, quotes and comments. */
public final class EnvFile {
    private EnvFile() {
    }

    public static List<ConfigEntry> parse(String[] lines) {
        List<ConfigEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int offset = line.indexOf(t.charAt(0));
            if (t.startsWith("export ")) {
                t = t.substring(7).stripLeading();
                offset = line.indexOf(t, offset);
            }
            int eq = t.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = t.substring(0, eq).strip();
            String rest = t.substring(eq + 1);
            int valueStart = eq + 1 + (rest.length() - rest.stripLeading().length());
            rest = rest.stripLeading();
            String value;
            if (!rest.isEmpty() && (rest.charAt(0) == '"' || rest.charAt(0) == '\'')) {
                char q = rest.charAt(0);
                int close = rest.indexOf(q, 1);
                value = close < 0 ? rest.substring(1) : rest.substring(1, close);
            } else {
                int hash = rest.indexOf(" #");
                value = (hash < 0 ? rest : rest.substring(0, hash)).strip();
            }
            entries.add(new ConfigEntry(key, value, i + 1, offset + valueStart + 1, 0));
        }
        return entries;
    }
}
