package io.github.twelvefactor;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds static fields that hold state one build could change under another: Maven runs modules
 * side by side ({@code -T}) in one JVM, with one copy of the plugin's classes, and the engine runs
 * files on all cores. A static field is fine when it is final, not an array, and its value is
 * immutable all the way down: a string, a boxed primitive, a {@link Pattern}, a {@link Class}, an
 * enum constant, an unmodifiable JDK collection or map ({@code List.of}, {@code Set.of},
 * {@code Map.of}, {@code Collections.unmodifiable*}, {@code Collections.empty*},
 * {@code Collections.singleton*}) of such values, an {@link Optional} of one, a comparator the JDK
 * builds ({@code Comparator.comparing}...: it holds only the functions it is made of), or an object
 * (record, enum constant, lambda) of this plugin's own classes whose instance fields are all final
 * and hold such values.
 */
final class StaticState {
    private static final String OWN = "io.github.twelvefactor.";
    private static final Set<Class<?>> VALUES = Set.of(String.class, Boolean.class, Character.class, Byte.class,
            Short.class, Integer.class, Long.class, Float.class, Double.class, BigInteger.class, BigDecimal.class,
            Pattern.class, Locale.class);
    private static final java.util.List<String> UNMODIFIABLE_JDK = java.util.List.of("java.util.ImmutableCollections$",
            "java.util.Collections$Unmodifiable", "java.util.Collections$Empty", "java.util.Collections$Singleton");

    private StaticState() {
    }

    /** {@code Class.field} to why it is shared mutable state, for every offending static field. */
    static Map<String, String> violations(Collection<Class<?>> classes) {
        Map<String, String> out = new TreeMap<>();
        for (Class<?> c : classes) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                // synthetic: what javac writes itself ($VALUES of an enum, $SwitchMap$ tables,
                // $assertionsDisabled), set once and never exposed
                if (!Modifier.isStatic(m) || f.isSynthetic()) {
                    continue;
                }
                String name = c.getName() + "." + f.getName();
                if (!Modifier.isFinal(m)) {
                    out.put(name, "not final");
                    continue;
                }
                if (f.getType().isArray()) {
                    out.put(name, "a final array: its elements can still be written");
                    continue;
                }
                try {
                    f.setAccessible(true);
                    String why = mutable(f.get(null), Collections.newSetFromMap(new IdentityHashMap<>()));
                    if (why != null) {
                        out.put(name, why);
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    out.put(name, "cannot be read: " + e);
                }
            }
        }
        return out;
    }

    /** Null when {@code v} is immutable all the way down, else what is mutable in it. */
    private static String mutable(Object v, Set<Object> seen) throws ReflectiveOperationException {
        if (v == null || !seen.add(v)) {
            return null;
        }
        Class<?> c = v.getClass();
        if (c.isArray()) {
            return "holds an array (" + c.getSimpleName() + ")";
        }
        if (VALUES.contains(c) || v instanceof Class<?> || v instanceof Charset) {
            return null;
        }
        if (v instanceof Enum<?>) {
            return fields(v, Enum.class, seen);
        }
        if (UNMODIFIABLE_JDK.stream().anyMatch(c.getName()::startsWith)) {
            if (v instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    String why = first(mutable(e.getKey(), seen), mutable(e.getValue(), seen));
                    if (why != null) {
                        return "an unmodifiable map holding " + why;
                    }
                }
                return null;
            }
            if (v instanceof Collection<?> items) {
                for (Object item : items) {
                    String why = mutable(item, seen);
                    if (why != null) {
                        return "an unmodifiable collection holding " + why;
                    }
                }
                return null;
            }
        }
        if (v instanceof Optional<?> o) {
            return o.isPresent() ? mutable(o.get(), seen) : null;
        }
        if (v instanceof Comparator<?> && c.getModule() == Object.class.getModule()) {
            return null;
        }
        if (c.getName().startsWith(OWN) || c.isRecord()) {
            return fields(v, Object.class, seen);
        }
        return "a " + c.getName() + " (mutable, or not known to be immutable)";
    }

    /** Checks the instance fields of {@code v}'s class and its superclasses below {@code stop}. */
    private static String fields(Object v, Class<?> stop, Set<Object> seen) throws ReflectiveOperationException {
        for (Class<?> k = v.getClass(); k != null && k != stop; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue; // checked as a static field of its own class
                }
                String where = "field " + f.getName() + " of a " + k.getName();
                if (!Modifier.isFinal(f.getModifiers())) {
                    return where + " that is not final";
                }
                f.setAccessible(true);
                String why = mutable(f.get(v), seen);
                if (why != null) {
                    return where + " that holds " + why;
                }
            }
        }
        return null;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
