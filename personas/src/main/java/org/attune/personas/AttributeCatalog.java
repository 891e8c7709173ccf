package org.attune.personas;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.api.Attribute;
import org.attune.api.Category;
import org.attune.api.CheckKind;
import org.attune.api.Choice;
import org.attune.personas.util.Files2;
import org.attune.personas.util.NodeReader;

/** The attribute catalog: every preference dimension a persona may hold a value for. */
public final class AttributeCatalog {
    public static final String SCHEMA = "attune.attributes/v1";
    public static final String BUILTIN_RESOURCE = "attune/attributes.yaml";

    private final Map<String, Attribute> byId;

    private AttributeCatalog(Map<String, Attribute> byId) {
        this.byId = byId;
    }

    public static AttributeCatalog of(Collection<Attribute> attributes) {
        Map<String, Attribute> m = new LinkedHashMap<>();
        for (Attribute a : attributes) {
            m.put(a.id(), a);
        }
        return new AttributeCatalog(m);
    }

    private static volatile AttributeCatalog builtin;

    /** The built-in catalog shipped in resources (loaded once). */
    public static AttributeCatalog builtin() {
        AttributeCatalog c = builtin;
        if (c == null) {
            synchronized (AttributeCatalog.class) {
                c = builtin;
                if (c == null) {
                    String name = "builtin:" + BUILTIN_RESOURCE;
                    c = parse(name, Files2.parse(name, Files2.readResource(BUILTIN_RESOURCE)));
                    builtin = c;
                }
            }
        }
        return c;
    }

    public static AttributeCatalog load(Path file) {
        String name = file.toString();
        return parse(name, Files2.parse(name, Files2.readText(file)));
    }

    /** Parses and validates a catalog tree; throws with every problem found. */
    public static AttributeCatalog parse(String name, JsonNode root) {
        NodeReader r = new NodeReader(name);
        if (!r.requireObject(root, "")) {
            throw new InvalidInputException(r.problems());
        }
        r.schema(root, SCHEMA);
        Map<String, Attribute> m = new LinkedHashMap<>();
        List<JsonNode> nodes = r.objects(root, "", "attributes");
        for (int i = 0; i < nodes.size(); i++) {
            Attribute a = parseAttribute(r, nodes.get(i), NodeReader.index("attributes", i));
            if (a != null) {
                if (m.containsKey(a.id())) {
                    r.problem(NodeReader.index("attributes", i) + ".id", "duplicate id \"" + a.id() + "\"");
                } else {
                    m.put(a.id(), a);
                }
            }
        }
        if (!r.ok()) {
            throw new InvalidInputException(r.problems());
        }
        return new AttributeCatalog(m);
    }

    static Attribute parseAttribute(NodeReader r, JsonNode n, String at) {
        if (!r.requireObject(n, at)) {
            return null;
        }
        int before = r.problems().size();
        String id = r.string(n, at, "id");
        String path = id == null ? at : "attributes." + id;
        if (id != null && !Ids.isValid(id)) {
            r.problem(path + ".id", "must be kebab-case letters, digits and dashes, was \"" + id + "\"");
        }
        String name = r.string(n, path, "name");
        String description = r.string(n, path, "description");
        String cat = r.string(n, path, "category");
        Category category = cat == null ? null : Category.fromId(cat);
        if (cat != null && category == null) {
            r.problem(path + ".category", "must be one of format, language, pedagogy, affect, expertise, content; was \"" + cat + "\"");
        }
        String chk = r.string(n, path, "check");
        CheckKind check = chk == null ? null : CheckKind.fromId(chk);
        if (chk != null && check == null) {
            r.problem(path + ".check", "must be rules or judge, was \"" + chk + "\"");
        }
        Map<Integer, String> scale = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : r.entries(n, path, "scale", false).entrySet()) {
            String k = e.getKey();
            if (!k.matches("[1-5]")) {
                r.problem(path + ".scale." + k, "anchor keys must be 1-5");
            } else if (!e.getValue().isValueNode() || e.getValue().asText().isBlank()) {
                r.problem(path + ".scale." + k, "expected an anchor text");
            } else {
                scale.put(Integer.parseInt(k), e.getValue().asText());
            }
        }
        List<Choice> choices = new ArrayList<>();
        if (n.has("choices")) {
            List<JsonNode> cs = r.objects(n, path, "choices");
            for (int i = 0; i < cs.size(); i++) {
                String cp = NodeReader.index(path + ".choices", i);
                if (r.requireObject(cs.get(i), cp)) {
                    String v = r.string(cs.get(i), cp, "value");
                    String d = r.string(cs.get(i), cp, "description");
                    if (v != null && d != null) {
                        choices.add(new Choice(v, d));
                    }
                }
            }
        }
        if (scale.isEmpty() == choices.isEmpty()) {
            r.problem(path, "needs exactly one value space: scale (anchors 1, 3, 5) or choices");
        } else if (!scale.isEmpty() && !(scale.containsKey(1) && scale.containsKey(3) && scale.containsKey(5))) {
            r.problem(path + ".scale", "needs anchor texts at 1, 3 and 5");
        } else if (!choices.isEmpty() && choices.size() < 2) {
            r.problem(path + ".choices", "needs at least 2 choices");
        }
        List<String> domains = r.strings(n, path, "domains", 0);
        List<String> hints = r.strings(n, path, "questionHints", 1);
        List<String> cues = r.strings(n, path, "cues", 0);
        if (r.problems().size() > before) {
            return null;
        }
        return new Attribute(id, name, description, category, scale, choices, domains, hints, check, cues);
    }

    public Optional<Attribute> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Attribute get(String id) {
        Attribute a = byId.get(id);
        if (a == null) {
            throw new IllegalArgumentException("unknown attribute: " + id);
        }
        return a;
    }

    public List<Attribute> all() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }
}
