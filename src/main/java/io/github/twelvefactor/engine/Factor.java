package io.github.twelvefactor.engine;

/** The twelve factors of 12factor.net, in their order. */
public enum Factor {
    I("Codebase", "codebase"),
    II("Dependencies", "dependencies"),
    III("Config", "config"),
    IV("Backing services", "backing-services"),
    V("Build, release, run", "build-release-run"),
    VI("Processes", "processes"),
    VII("Port binding", "port-binding"),
    VIII("Concurrency", "concurrency"),
    IX("Disposability", "disposability"),
    X("Dev/prod parity", "dev-prod-parity"),
    XI("Logs", "logs"),
    XII("Admin processes", "admin-processes");

    private final String title;
    private final String slug;

    Factor(String title, String slug) {
        this.title = title;
        this.slug = slug;
    }

    public String numeral() {
        return name();
    }

    public String title() {
        return title;
    }

    /** The factor's page on 12factor.net. */
    public String url() {
        return "https://12factor.net/" + slug;
    }

    /** e.g. {@code III. Config}. */
    public String label() {
        return name() + ". " + title;
    }
}
