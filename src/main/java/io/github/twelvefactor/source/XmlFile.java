package io.github.twelvefactor.source;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XML file as a flat list of its elements in document order, each with its attributes, its own
 * text, its line and its ancestors. Comments are dropped. DTDs are not read and external entities
 * are never resolved or fetched.
 */
public final class XmlFile {

    /** One element. {@code path} is the names of its ancestors and itself, joined with {@code /}. */
    public record Element(String name, Map<String, String> attributes, String text, int line, int column,
            String path, int depth) {
        public String attribute(String attributeName) {
            return attributes.get(attributeName);
        }
    }

    /**
     * Deeper than this is refused: each element keeps its full path, so a file of nothing but
     * opening tags would cost memory in the square of its depth.
     */
    static final int MAX_DEPTH = 512;
    private static final Pattern EXTERNAL_ENTITY = Pattern.compile("<!ENTITY\\s+%?\\s*\\S+\\s+(SYSTEM|PUBLIC)\\b");

    private final List<Element> elements;
    private final boolean externalEntityIgnored;

    private XmlFile(List<Element> elements, boolean externalEntityIgnored) {
        this.elements = elements;
        this.externalEntityIgnored = externalEntityIgnored;
    }

    /** True when the file declares an external entity (which was neither resolved nor fetched). */
    public boolean externalEntityIgnored() {
        return externalEntityIgnored;
    }

    public List<Element> elements() {
        return elements;
    }

    public String rootName() {
        return elements.isEmpty() ? "" : elements.get(0).name();
    }

    /**
     * A factory for one parse: an {@link XMLInputFactory} is mutable and not thread-safe, and audits
     * run side by side ({@code -T}) and on all cores; one costs microseconds beside the parse.
     */
    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver(new XMLResolver() {
            @Override
            public Object resolveEntity(String publicId, String systemId, String baseUri, String namespace)
                    throws XMLStreamException {
                throw new XMLStreamException("external entity refused");
            }
        });
        return f;
    }

    public static XmlFile parse(String text) {
        List<Element> out = new ArrayList<>();
        Deque<Object[]> open = new ArrayDeque<>(); // {name, attrs, StringBuilder text, line, col, path, index}
        XMLStreamReader r = null;
        boolean external = false;
        try {
            r = newFactory().createXMLStreamReader(new StringReader(text));
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() >= MAX_DEPTH) {
                            throw new ParseException("XML nested deeper than " + MAX_DEPTH + " elements",
                                    r.getLocation().getLineNumber());
                        }
                        String name = r.getLocalName();
                        Map<String, String> attrs = new LinkedHashMap<>();
                        for (int a = 0; a < r.getAttributeCount(); a++) {
                            attrs.put(r.getAttributeLocalName(a), r.getAttributeValue(a));
                        }
                        Location loc = r.getLocation();
                        String path = open.isEmpty() ? name : open.peek()[5] + "/" + name;
                        out.add(null);
                        open.push(new Object[] {name, attrs, new StringBuilder(), loc.getLineNumber(),
                            loc.getColumnNumber(), path, out.size() - 1});
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            ((StringBuilder) open.peek()[2]).append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Object[] e = open.pop();
                        @SuppressWarnings("unchecked")
                        Map<String, String> attrs = (Map<String, String>) e[1];
                        out.set((Integer) e[6], new Element((String) e[0], Collections.unmodifiableMap(attrs),
                                e[2].toString().strip(), (Integer) e[3], (Integer) e[4], (String) e[5], open.size()));
                    }
                    case XMLStreamConstants.DTD -> external |= EXTERNAL_ENTITY.matcher(r.getText()).find();
                    default -> {
                        // comments, processing instructions, DTD and entity references carry no config
                    }
                }
            }
        } catch (XMLStreamException e) {
            Location loc = e.getLocation();
            int line = loc == null ? 0 : loc.getLineNumber();
            String why = EXTERNAL_ENTITY.matcher(text).find()
                    ? "declares an external entity, which is never resolved or fetched: "
                    : "";
            throw new ParseException("XML error at line " + line + ": " + why + Problems.safe(stripLocation(e.getMessage())),
                    line);
        } catch (ParseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ParseException("XML error: " + Problems.safe(e.getMessage()), 0);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release
                }
            }
        }
        if (!open.isEmpty() || out.contains(null)) {
            throw new ParseException("XML error: unclosed element", 0);
        }
        return new XmlFile(List.copyOf(out), external);
    }

    private static String stripLocation(String message) {
        if (message == null) {
            return null;
        }
        int m = message.indexOf("Message:");
        return m >= 0 ? message.substring(m + 8) : message;
    }
}
