package io.github.twelvefactor.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.twelvefactor.source.ConfigEntry;
import io.github.twelvefactor.source.FileKind;
import io.github.twelvefactor.source.SourceFile;

/**
 * Which profile a config entry belongs to: the profile in the file's name
 * ({@code application-prod.yml}), the activation of its YAML or {@code .properties} document
 * ({@code spring.config.activate.on-profile}, legacy {@code spring.profiles}), or its Quarkus
 * prefix ({@code %prod.}). Made once per file and rule call; holds no state across files.
 */
public final class ConfigProfiles {
    private static final List<String> PROFILE_FILE_PREFIXES = List.of("application-", "bootstrap-");

    private final String fileProfile;
    private final Map<Integer, String> documentProfiles;
    private final int[] separatorLines;

    private ConfigProfiles(String fileProfile, Map<Integer, String> documentProfiles, int[] separatorLines) {
        this.fileProfile = fileProfile;
        this.documentProfiles = documentProfiles;
        this.separatorLines = separatorLines;
    }

    /** Reads the profile activations of a properties or YAML file (from its entries). */
    public static ConfigProfiles of(SourceFile file) {
        int[] separators = new int[0];
        if (file.kind() == FileKind.PROPERTIES && file.text().contains("---")) {
            String[] lines = file.lines();
            separators = java.util.stream.IntStream.range(0, lines.length)
                    .filter(i -> lines[i].strip().equals("#---") || lines[i].strip().equals("!---"))
                    .map(i -> i + 1).toArray();
        }
        Map<Integer, String> docs = new HashMap<>();
        ConfigProfiles partial = new ConfigProfiles(ofFileName(file.fileName()), docs, separators);
        for (ConfigEntry e : file.configEntries()) {
            String key = e.key();
            if (e.value() == null || e.value().isBlank()) {
                continue;
            }
            if (isActivation(key)) {
                docs.merge(partial.document(e), e.value().strip(), (a, b) -> a + "," + b);
            }
        }
        return partial;
    }

    /**
     * The profile named by a profile-specific file: {@code prod} for {@code application-prod.yml}
     * or {@code bootstrap-prod.properties}; null for any other name.
     */
    public static String ofFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String base = dot < 0 ? n : n.substring(0, dot);
        for (String prefix : PROFILE_FILE_PREFIXES) {
            if (base.startsWith(prefix) && base.length() > prefix.length()) {
                return fileName.substring(prefix.length(), base.length());
            }
        }
        return null;
    }

    /**
     * True for a key that activates a document for profiles: {@code spring.config.activate.on-profile},
     * legacy {@code spring.profiles}, or an item of either as a list ({@code spring.profiles[0]}).
     */
    public static boolean isActivation(String key) {
        int bracket = key.indexOf('[');
        String k = bracket > 0 && key.endsWith("]") ? key.substring(0, bracket) : key;
        return k.equals("spring.config.activate.on-profile") || k.equals("spring.profiles");
    }

    /** The key without its Quarkus profile: {@code quarkus.x} for {@code %prod.quarkus.x}. */
    public static String withoutQuarkusProfile(String key) {
        if (!key.startsWith("%")) {
            return key;
        }
        int dot = key.indexOf('.');
        return dot < 0 ? "" : key.substring(dot + 1);
    }

    /** The profile of a Quarkus key ({@code prod} for {@code %prod.quarkus.x}; {@code dev,staging} for {@code %dev,staging.x}), or null. */
    public static String quarkusProfile(String key) {
        if (!key.startsWith("%")) {
            return null;
        }
        int dot = key.indexOf('.');
        return dot < 0 ? key.substring(1) : key.substring(1, dot);
    }

    /** The document an entry belongs to (YAML documents; {@code #---} sections of a properties file). */
    public int document(ConfigEntry e) {
        if (separatorLines.length == 0) {
            return e.document();
        }
        int doc = 0;
        for (int line : separatorLines) {
            if (line < e.line()) {
                doc++;
            }
        }
        return doc;
    }

    /** Every profile that scopes the entry, joined with {@code ,}; null when it applies to every run. */
    public String of(ConfigEntry e) {
        StringBuilder sb = new StringBuilder();
        for (String p : new String[] {fileProfile, documentProfiles.get(document(e)), quarkusProfile(e.key())}) {
            if (p != null && !p.isBlank()) {
                sb.append(sb.length() == 0 ? "" : ",").append(p);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** True when the entry only applies on a developer's machine or in the test suite. */
    public boolean developmentOnly(ConfigEntry e) {
        return EnvironmentNames.developmentOnly(of(e));
    }
}
