package io.github.twelvefactor.source;

import java.util.Locale;

/** What a file is, decided from its name alone (cheap, before reading it). */
public enum FileKind {
    JAVA, PROPERTIES, YAML, XML, DOCKERFILE, ENV, JSON, TEXT;

    public static FileKind of(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".java")) {
            return JAVA;
        }
        if (n.endsWith(".properties")) {
            return PROPERTIES;
        }
        if (n.endsWith(".yml") || n.endsWith(".yaml")) {
            return YAML;
        }
        if (n.endsWith(".xml")) {
            return XML;
        }
        if (n.equals("dockerfile") || n.startsWith("dockerfile.") || n.endsWith(".dockerfile")
                || n.equals("containerfile")) {
            return DOCKERFILE;
        }
        if (n.equals(".env") || n.startsWith(".env.") || n.endsWith(".env")) {
            return ENV;
        }
        if (n.endsWith(".json")) {
            return JSON;
        }
        return TEXT;
    }
}
