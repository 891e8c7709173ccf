package org.attune.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module map of README's "Layout" section as ArchUnit rules. A module is the package
 * {@code org.attune.<module>..}; it may use only the modules its pom depends on (directly or
 * through them), which all sit below it in the reactor.
 */
final class ModuleMap {
    /** Each module, bottom-up in reactor order, with the modules of ours it may use. */
    static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("api", List.of()); // the extension ports: uses nothing of ours
        MAY_USE.put("personas", List.of("api"));
        MAY_USE.put("tasks", List.of("api", "personas"));
        MAY_USE.put("evaluator", List.of("api", "personas", "tasks"));
        MAY_USE.put("reports", List.of("api", "personas", "tasks", "evaluator"));
        MAY_USE.put("testkit", List.of()); // local test servers: nothing of ours
        MAY_USE.put("runners", List.of("api", "personas", "tasks", "evaluator", "reports"));
        MAY_USE.put("benchmarks", List.of("api", "personas", "tasks", "evaluator", "reports", "testkit", "runners"));
    }

    private static final Pattern MODULE = Pattern.compile("^org\\.attune\\.([a-z0-9]+)(\\..*)?$");
    private static final Pattern INTERNAL = Pattern.compile("^org\\.attune\\.([a-z0-9]+)(\\.[a-z0-9]+)*\\.internal(\\..*)?$");

    private ModuleMap() {
    }

    /** Modules depend downward only, every class belongs to a module, and {@code api} uses none of ours. */
    static ArchRule layering() {
        LayeredArchitecture arch = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture();
        for (String m : MAY_USE.keySet()) {
            arch = arch.layer(m).definedBy("org.attune." + m + "..");
        }
        for (Map.Entry<String, List<String>> e : MAY_USE.entrySet()) {
            arch = e.getValue().isEmpty() ? arch.whereLayer(e.getKey()).mayNotAccessAnyLayer()
                    : arch.whereLayer(e.getKey()).mayOnlyAccessLayers(e.getValue().toArray(String[]::new));
        }
        return arch;
    }

    /** No class uses a {@code .internal} package of another module. */
    static ArchRule noForeignInternals() {
        return classes().that().resideInAPackage("org.attune..").should(new ArchCondition<JavaClass>(
                "not depend on another module's .internal package") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String own = moduleOf(c.getPackageName());
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    Matcher m = INTERNAL.matcher(d.getTargetClass().getPackageName());
                    if (m.matches() && !m.group(1).equals(own)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        });
    }

    static String moduleOf(String packageName) {
        Matcher m = MODULE.matcher(packageName);
        return m.matches() ? m.group(1) : "";
    }
}
