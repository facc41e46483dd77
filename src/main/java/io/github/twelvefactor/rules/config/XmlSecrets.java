package io.github.twelvefactor.rules.config;

import java.util.List;
import java.util.Map;

import io.github.twelvefactor.rules.support.SecretNames;
import io.github.twelvefactor.source.SourceFile;
import io.github.twelvefactor.source.XmlFile;
import io.github.twelvefactor.source.XmlFile.Element;

/**
 * Secrets in XML bean and property files. A value is read where a secret's name points at it:
 * <ul>
 * <li>an element named by a {@code name} or {@code key} attribute: Spring
 * {@code <property name="password" value="..."/>} or {@code <property name="password"><value>...},
 * {@code <entry key="password">...</entry>} (Spring maps, {@code Properties} XML),
 * {@code <prop key="password">}, Hibernate {@code <property name="hibernate.connection.password">};</li>
 * <li>an attribute named for a secret: {@code <Resource password="..."/>},
 * {@code keystorePass="..."}, {@code p:password="..."};</li>
 * <li>a leaf element named for a secret: {@code <password>...</password>} (settings.xml, pom
 * properties, logback);</li>
 * <li>a name element followed by its value: {@code <name>fs.s3a.secret.key</name><value>...},
 * {@code <param-name>password</param-name><param-value>...}.</li>
 * </ul>
 * Comments never reach this class (the XML reader drops them).
 */
final class XmlSecrets {
    private XmlSecrets() {
    }

    static void check(SourceFile file, SecretFindings findings) {
        XmlFile xml = file.xml();
        if (xml == null) {
            return;
        }
        boolean filtered = file.isMavenFiltered();
        List<Element> els = xml.elements();
        for (int i = 0; i < els.size(); i++) {
            Element e = els.get(i);
            for (Map.Entry<String, String> a : e.attributes().entrySet()) {
                if (SecretNames.namesSecret(a.getKey())) {
                    int[] at = locate(file, e.line(), a.getKey() + "=", -1);
                    findings.judge(a.getKey(), a.getValue(), filtered, at[0], at[1]);
                }
            }
            boolean leaf = isLeaf(els, i);
            String named = e.attribute("name") != null ? e.attribute("name") : e.attribute("key");
            if (named != null) {
                if (SecretNames.namesSecret(named)) {
                    valueOfNamed(file, els, i, named, leaf, findings);
                }
            } else if (leaf && SecretNames.namesSecret(e.name())) {
                int[] at = locate(file, e.line(), e.text(), 1);
                findings.judge(e.name(), e.text(), filtered, at[0], at[1]);
            }
            if (leaf && isNameElement(e.name()) && SecretNames.namesSecret(e.text())) {
                Element value = nextSibling(els, i);
                if (value != null && isValueElement(value.name()) && isLeaf(els, els.indexOf(value))) {
                    int[] at = locate(file, value.line(), value.text(), 1);
                    findings.judge(e.text(), value.text(), filtered, at[0], at[1]);
                }
            }
        }
    }

    /** {@code value="..."}, else a {@code <value>} child, else the element's own text. */
    private static void valueOfNamed(SourceFile file, List<Element> els, int i, String named, boolean leaf,
            SecretFindings findings) {
        Element e = els.get(i);
        boolean filtered = file.isMavenFiltered();
        String value = e.attribute("value");
        if (value != null) {
            int[] at = locate(file, e.line(), "value=", -1);
            findings.judge(named, value, filtered, at[0], at[1]);
        } else if (leaf) {
            int[] at = locate(file, e.line(), e.text(), 1);
            findings.judge(named, e.text(), filtered, at[0], at[1]);
        } else {
            Element child = els.get(i + 1);
            if (child.name().equals("value") && isLeaf(els, i + 1)) {
                int[] at = locate(file, child.line(), child.text(), 1);
                findings.judge(named, child.text(), filtered, at[0], at[1]);
            }
        }
    }

    private static boolean isLeaf(List<Element> els, int i) {
        return i + 1 >= els.size() || els.get(i + 1).depth() <= els.get(i).depth();
    }

    private static Element nextSibling(List<Element> els, int i) {
        int depth = els.get(i).depth();
        for (int k = i + 1; k < els.size(); k++) {
            if (els.get(k).depth() < depth) {
                return null;
            }
            if (els.get(k).depth() == depth) {
                return els.get(k);
            }
        }
        return null;
    }

    private static boolean isNameElement(String name) {
        return name.equals("name") || name.equals("key") || name.endsWith("-name") || name.endsWith("Name");
    }

    private static boolean isValueElement(String name) {
        return name.equals("value") || name.endsWith("-value") || name.endsWith("Value");
    }

    /**
     * The line and column of {@code needle} near {@code hint} (the reader gives the line where a
     * start tag ends): searched from {@code hint} backwards ({@code direction} -1, for attributes)
     * or forwards (+1, for text), then the other way; {@code {hint, 0}} when not found.
     */
    static int[] locate(SourceFile file, int hint, String needle, int direction) {
        String first = needle == null ? "" : needle.lines().findFirst().orElse("").strip();
        if (first.isEmpty()) {
            return new int[] {hint, 0};
        }
        for (int pass = 0; pass < 2; pass++) {
            int step = pass == 0 ? direction : -direction;
            for (int l = hint, k = 0; l >= 1 && l <= file.lines().length && k < 50; l += step, k++) {
                int at = file.line(l).indexOf(first);
                if (at >= 0) {
                    return new int[] {l, at + 1};
                }
            }
        }
        return new int[] {hint, 0};
    }
}
