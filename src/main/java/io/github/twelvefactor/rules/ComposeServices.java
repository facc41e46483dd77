package io.github.twelvefactor.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import io.github.twelvefactor.engine.ModuleView;
import io.github.twelvefactor.source.ComposeFile;
import io.github.twelvefactor.source.SourceFile;
import io.github.twelvefactor.source.YamlFile;

/**
 * The compose services of one module, each marked as the project's own app or not, for the rules
 * that concern only the app (RULES.md: not backing-service containers).
 *
 * <p>A service is the app when it is not a backing service and either compose builds it
 * ({@code build:}), or its image is one a service with {@code build:} names in any compose file of
 * the module, or its image is named after the project (the artifactId, a module's folder, or the
 * image that jib, spring-boot:build-image, fabric8's docker-maven-plugin or dockerfile-maven
 * produce, as the pom configures them), or another compose file of the module builds a service of
 * the same name (an override file such as {@code docker-compose.prod.yml}).
 *
 * <p>A service is a backing service when its image names a well-known database, broker, cache,
 * proxy or tool ({@link ImageRef#backingService()}); a built service also when its name or its build
 * folder says so ({@code db}, {@code orders-db}, {@code ./docker/postgres}), and an image named
 * after the project also when its own name does ({@code acme/orders-db}). Any other image (a
 * third party's app, a registry the project does not name) is not the app: silence is cheaper
 * than a false alarm.
 */
public final class ComposeServices {
    /** A service, the file it stands in, its image resolved as compose would, and whether it is the app. */
    public record Entry(SourceFile file, ComposeFile.Service service, ImageRef image, boolean app) {
    }

    private static final Pattern SEPARATORS = Pattern.compile("[-_.]+");
    private static final Set<String> IMAGE_PLUGINS = Set.of("jib-maven-plugin", "spring-boot-maven-plugin",
            "docker-maven-plugin", "dockerfile-maven-plugin");
    private static final Set<String> IMAGE_PROPERTIES = Set.of("jib.to.image", "spring-boot.build-image.imageName",
            "docker.image.name", "docker.image", "image.name");

    private ComposeServices() {
    }

    /** Every service of every compose file of the module, in file order. */
    public static List<Entry> of(ModuleView module) {
        List<SourceFile> files = new ArrayList<>();
        Set<String> builtNames = new HashSet<>();
        Set<String> builtImages = new HashSet<>();
        for (SourceFile f : module.files()) {
            ComposeFile compose = f.compose();
            if (compose == null || compose.services().isEmpty()) {
                continue;
            }
            files.add(f);
            for (ComposeFile.Service s : compose.services()) {
                if (s.built() && !builtDependency(f, s)) {
                    builtNames.add(s.name());
                    if (s.image() != null) {
                        builtImages.add(image(s).repository());
                    }
                }
            }
        }
        if (files.isEmpty()) {
            return List.of();
        }
        Set<String> names = projectNames(module.model());
        Set<String> configured = configuredImages(module.model());
        List<Entry> out = new ArrayList<>();
        for (SourceFile f : files) {
            for (ComposeFile.Service s : f.compose().services()) {
                ImageRef image = s.image() == null ? null : image(s);
                boolean app;
                if (image != null && image.backingService()) {
                    app = false;
                } else if (s.built()) {
                    app = !builtDependency(f, s);
                } else if (image != null && (builtImages.contains(image.repository())
                        || configured.contains(image.repository()) || namedAfter(image, names))) {
                    app = !ImageRef.backingName(image.name()); // acme/orders-db: the project's database image
                } else {
                    app = builtNames.contains(s.name()) && !ImageRef.backingName(s.name());
                }
                out.add(new Entry(f, s, image, app));
            }
        }
        return out;
    }

    /** The service's image with compose's {@code ${VAR:-default}} resolved; unset variables stay open. */
    static ImageRef image(ComposeFile.Service s) {
        return ImageRef.parse(ImageRef.resolve(s.image().text(), Map.of()));
    }

    /** A service built from a folder or Dockerfile of a backing service: {@code db: build: ./postgres}. */
    private static boolean builtDependency(SourceFile file, ComposeFile.Service s) {
        if (ImageRef.backingName(s.name())) {
            return true;
        }
        String context = buildContext(file, s.name());
        return !context.isEmpty() && ImageRef.backingName(context);
    }

    /** {@code build: ./db} or {@code build: {context: ./db, dockerfile: postgres.Dockerfile}} as one string. */
    private static String buildContext(SourceFile file, String service) {
        YamlFile yaml = file.yaml();
        StringBuilder out = new StringBuilder();
        for (Node doc : yaml.documents()) {
            if (doc instanceof MappingNode root && YamlFile.mapping(root).get("services") instanceof MappingNode svcs
                    && YamlFile.mapping(svcs).get(service) instanceof MappingNode svc) {
                Node build = YamlFile.mapping(svc).get("build");
                if (build instanceof ScalarNode s) {
                    out.append(s.getValue());
                } else if (build instanceof MappingNode m) {
                    for (String key : List.of("context", "dockerfile")) {
                        if (YamlFile.mapping(m).get(key) instanceof ScalarNode s) {
                            out.append(' ').append(s.getValue());
                        }
                    }
                }
            }
        }
        return out.toString().strip();
    }

    /** The artifactId (also without -parent and the like) and the folders of the modules. */
    static Set<String> projectNames(Model model) {
        Set<String> names = new LinkedHashSet<>();
        if (model == null) {
            return names;
        }
        if (model.getArtifactId() != null) {
            String id = model.getArtifactId().toLowerCase(Locale.ROOT);
            names.add(id);
            names.add(id.replaceFirst("[-_.](parent|root|aggregator|reactor|build|project|pom)$", ""));
        }
        for (String module : model.getModules()) {
            String m = module.replace('\\', '/').replaceAll("/+$", "");
            names.add(m.substring(m.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT));
        }
        Set<String> longEnough = new LinkedHashSet<>(); // a loop, not removeIf's lambda (see Finding.comparePlace)
        for (String n : names) {
            if (n.length() >= 3) {
                longEnough.add(n);
            }
        }
        return longEnough;
    }

    /** The image's last segment is a project name: equal, equal without separators, or holding its words. */
    static boolean namedAfter(ImageRef image, Set<String> names) {
        String last = image.name();
        if (last.indexOf(ImageRef.UNSET) >= 0 || last.isEmpty()) {
            return false;
        }
        String squashed = SEPARATORS.matcher(last).replaceAll("");
        List<String> words = List.of(SEPARATORS.split(last));
        for (String name : names) {
            if (squashed.equals(SEPARATORS.matcher(name).replaceAll(""))
                    || Collections.indexOfSubList(words, List.of(SEPARATORS.split(name))) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Repositories of the images the pom's image plugins (or well-known properties) produce. */
    static Set<String> configuredImages(Model model) {
        Set<String> out = new HashSet<>();
        if (model == null) {
            return out;
        }
        List<String> refs = new ArrayList<>();
        for (Map.Entry<Object, Object> e : model.getProperties().entrySet()) {
            if (IMAGE_PROPERTIES.contains(String.valueOf(e.getKey()))) {
                refs.add(String.valueOf(e.getValue()));
            }
        }
        if (model.getBuild() != null) {
            List<Plugin> plugins = new ArrayList<>(model.getBuild().getPlugins());
            if (model.getBuild().getPluginManagement() != null) {
                plugins.addAll(model.getBuild().getPluginManagement().getPlugins());
            }
            for (Plugin p : plugins) {
                if (IMAGE_PLUGINS.contains(p.getArtifactId()) && p.getConfiguration() instanceof Xpp3Dom config) {
                    collect(config, refs);
                }
            }
        }
        Map<String, String> known = new HashMap<>();
        for (Map.Entry<Object, Object> e : model.getProperties().entrySet()) {
            known.put(String.valueOf(e.getKey()), String.valueOf(e.getValue()));
        }
        if (model.getArtifactId() != null) {
            known.put("project.artifactId", model.getArtifactId());
            known.put("artifactId", model.getArtifactId());
        }
        for (String ref : refs) {
            ImageRef image = ImageRef.parse(ImageRef.resolve(ref, known));
            if (!image.repository().isEmpty() && image.repository().indexOf(ImageRef.UNSET) < 0) {
                out.add(image.repository());
            }
        }
        return out;
    }

    /** Texts of {@code to/image} (jib), {@code image/name} (spring-boot, fabric8), {@code repository}. */
    private static void collect(Xpp3Dom dom, List<String> out) {
        for (Xpp3Dom child : dom.getChildren()) {
            String parent = dom.getName();
            String name = child.getName();
            if (child.getValue() != null && !child.getValue().isBlank()
                    && ((parent.equals("to") && name.equals("image")) || (parent.equals("image") && name.equals("name"))
                            || name.equals("repository") || name.equals("imageName"))) {
                out.add(child.getValue().strip());
            }
            collect(child, out);
        }
    }
}
