package io.github.twelvefactor.rules.config;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials whose format alone identifies them, gitleaks-style: each format is data (a name,
 * the literal keywords one of which its token must contain, and a strict pattern whose group 1 is
 * the token) that one loop walks, and no pattern runs on a line without its keyword. Tokens that are
 * documentation examples or obvious fakes ({@code AKIAIOSFODNN7EXAMPLE}, jwt.io's sample token,
 * {@code ghp_xxxx...}, a run such as {@code 1234567890}) are no finding.
 */
final class SecretFormats {
    /** One token format. */
    record Format(String name, List<String> keywords, Pattern pattern) {
        Format(String name, String keyword, String regex) {
            this(name, List.of(keyword), Pattern.compile(regex));
        }
    }

    private static final String B = "(?<![A-Za-z0-9_])";
    private static final String E = "(?![A-Za-z0-9_])";

    static final List<Format> FORMATS = List.of(
            new Format("AWS access key id", List.of("AKIA", "ASIA", "ABIA", "ACCA"),
                    Pattern.compile("(?<![A-Za-z0-9])((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})(?![A-Za-z0-9])")),
            new Format("GitHub token", List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
                    Pattern.compile(B + "(gh[pousr]_[A-Za-z0-9]{36})" + E)),
            new Format("GitHub fine-grained token", "github_pat_", B + "(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})" + E),
            new Format("GitLab token", List.of("glpat-", "gldt-", "glrt-"),
                    Pattern.compile(B + "((?:glpat|gldt|glrt)-[A-Za-z0-9_-]{20,})(?![A-Za-z0-9_-])")),
            new Format("Slack token", List.of("xoxb-", "xoxp-", "xoxa-", "xoxo-", "xoxs-"),
                    Pattern.compile(B + "(xox[bpoas]-[0-9]+-[0-9A-Za-z-]{10,})(?![A-Za-z0-9_-])")),
            new Format("Slack webhook URL", "hooks.slack.com/services/",
                    "(https://hooks\\.slack\\.com/services/T[A-Z0-9]{8,}/B[A-Z0-9]{8,}/[A-Za-z0-9]{24})" + E),
            new Format("Stripe live key", List.of("sk_live_", "rk_live_"),
                    Pattern.compile(B + "((?:sk|rk)_live_[0-9A-Za-z]{24,})" + E)),
            new Format("Google API key", "AIza", "(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])"),
            new Format("npm token", "npm_", B + "(npm_[A-Za-z0-9]{36})" + E),
            new Format("SendGrid API key", "SG.", B + "(SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])"),
            new Format("OpenAI API key", List.of("sk-proj-", "sk-svcacct-", "sk-admin-", "T3BlbkFJ"),
                    Pattern.compile(B + "(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})"
                            + "(?![A-Za-z0-9_-])")),
            new Format("Anthropic API key", "sk-ant-", B + "(sk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,})(?![A-Za-z0-9_-])"),
            new Format("PyPI token", "pypi-AgEIcHlwaS5vcmc", B + "(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})(?![A-Za-z0-9_-])"),
            new Format("Shopify token", List.of("shpat_", "shpca_", "shppa_", "shpss_"),
                    Pattern.compile(B + "(shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})" + E)),
            new Format("DigitalOcean token", List.of("dop_v1_", "doo_v1_", "dor_v1_"),
                    Pattern.compile(B + "(do[por]_v1_[a-f0-9]{64})" + E)),
            new Format("Square token", List.of("sq0atp-", "sq0csp-"),
                    Pattern.compile(B + "(sq0(?:atp|csp)-[0-9A-Za-z_-]{22,43})(?![A-Za-z0-9_-])")),
            new Format("HashiCorp Vault token", "hvs.", B + "(hvs\\.[A-Za-z0-9_-]{90,})(?![A-Za-z0-9_-])"),
            new Format("age secret key", "AGE-SECRET-KEY-1", "(AGE-SECRET-KEY-1[0-9A-Z]{58})" + E),
            new Format("Azure storage account key", "AccountKey=", "AccountKey=([A-Za-z0-9+/]{86}==)"),
            new Format("JSON Web Token", "eyJ",
                    B + "(eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{20,})(?![A-Za-z0-9_.-])"));

    /** The PEM header of a private key; its body is checked apart (it spans lines). */
    static final Pattern PEM = Pattern.compile("-----BEGIN ((?:RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP|ED25519) )?PRIVATE KEY( BLOCK)?-----");
    static final String PEM_KEYWORD = "PRIVATE KEY";

    /** Published example values: in docs and samples everywhere, never a live credential. */
    private static final Set<String> KNOWN_EXAMPLES = Set.of("AKIAIOSFODNN7EXAMPLE", "ASIAIOSFODNN7EXAMPLE",
            "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
    private static final Pattern FAKE = Pattern.compile("EXAMPLE|[Ee]xample|XXXX|xxxx|FAKE|[Ff]ake|DUMMY|[Dd]ummy|SAMPLE"
            + "|[Ss]ample|1234567890|0123456789|abcdefghij|ABCDEFGHIJ|REDACTED|[Rr]edacted|your|YOUR");
    private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/=]{64,}");

    private SecretFormats() {
    }

    /** Every keyword of every format, for the per-file pre-filter. */
    static final List<String> KEYWORDS = keywords();
    private static final long[] KEYWORD_MASK = io.github.twelvefactor.source.Mentions.mask(KEYWORDS);

    private static List<String> keywords() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(); // loops, not streams: see Finding.comparePlace
        for (Format f : FORMATS) {
            all.addAll(f.keywords());
        }
        all.add(PEM_KEYWORD);
        return List.copyOf(all);
    }

    /**
     * True when the file holds any keyword, as one look-up each in the shared word pass (every
     * keyword is listed in {@link io.github.twelvefactor.source.Mentions}; a test keeps it so).
     */
    static boolean mentionsAnyKeyword(io.github.twelvefactor.source.SourceFile file) {
        if (KEYWORD_MASK != null) {
            return file.mentionsAny(KEYWORD_MASK); // one test of bits, not a map look-up per keyword
        }
        for (int i = 0; i < KEYWORDS.size(); i++) {
            if (file.mentions(KEYWORDS.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when a matched token is a live-looking credential rather than an example or a fake. */
    static boolean plausible(Format format, String token) {
        if (KNOWN_EXAMPLES.contains(token) || KNOWN_EXAMPLES.stream().anyMatch(token::contains) || FAKE.matcher(token).find()) {
            return false;
        }
        if (token.chars().distinct().count() < 10) {
            return false;
        }
        return !format.name().equals("JSON Web Token") || signedJwt(token);
    }

    /** True when the first part decodes to a JSON header with an {@code alg} other than {@code none}. */
    private static boolean signedJwt(String token) {
        String header;
        try {
            header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        Matcher alg = Pattern.compile("\"alg\"\\s*:\\s*\"([^\"]*)\"").matcher(header);
        return header.strip().startsWith("{") && alg.find() && !alg.group(1).equalsIgnoreCase("none");
    }

    /**
     * True when the text after a PEM header holds a key body: a run of at least 64 base64 characters
     * before the END line, once line breaks, quotes, {@code \n} escapes and string concatenation are
     * taken out. A header followed by {@code ...} or {@code <your key>} is documentation.
     */
    static boolean pemBody(String text, int afterHeader) {
        int end = text.indexOf("-----END", afterHeader);
        String body = text.substring(afterHeader, end < 0 ? Math.min(text.length(), afterHeader + 8192) : end);
        String joined = body.replace("\\n", "").replace("\\r", "").replaceAll("[\\s\"'+,]", "");
        return BASE64_RUN.matcher(joined).find();
    }
}
