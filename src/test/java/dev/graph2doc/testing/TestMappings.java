package dev.graph2doc.testing;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Direction;
import dev.graph2doc.mapping.Embed;
import dev.graph2doc.mapping.Fields;
import dev.graph2doc.mapping.IndexSpec;
import dev.graph2doc.mapping.Layout;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.Reference;
import dev.graph2doc.mapping.Shape;
import dev.graph2doc.mapping.Target;
import dev.graph2doc.mapping.Tenancy;
import java.util.List;

/** Mappings built in code for tests that exercise one mechanism with a small, explicit declaration. */
public final class TestMappings {

    private TestMappings() {
    }

    public static Mapping fleet() {
        return Mapping.of("fleet (test)", Tenancy.byProperty("customerId"),
                new Target(Layout.DATABASE_PER_TENANT, "fleet_", null), List.of(
                        new CollectionMapping("bins", "Bin", "id", Fields.ALL, List.of(
                                new Embed("site", "HAS_BIN", Direction.IN, "Site", Shape.OBJECT, Fields.of(List.of("id", "name")),
                                        Fields.of(List.of("position")), false),
                                new Embed("devices", "MONITORS", Direction.IN, "Device", Shape.ARRAY,
                                        Fields.of(List.of("id", "model")), Fields.of(List.of("since")), true)),
                                List.of(), List.of(new IndexSpec(List.of("site.id"), false))),
                        new CollectionMapping("sites", "Site", "id", Fields.ALL, List.of(),
                                List.of(new Reference("binIds", "HAS_BIN", Direction.OUT, "Bin", true)), List.of()),
                        new CollectionMapping("devices", "Device", "id", Fields.ALL, List.of(),
                                List.of(new Reference("binIds", "MONITORS", Direction.OUT, "Bin", true)), List.of())));
    }

    /** One collection over label {@code root}, all fields, embedding {@code rel}-neighbours of the same label. */
    public static Mapping single(String root, String key, List<Embed> embeds, List<Reference> references) {
        return Mapping.of(root + " (test)", Tenancy.fixed("solo"), new Target(Layout.DATABASE_PER_TENANT, "t_", null),
                List.of(new CollectionMapping(root.toLowerCase(), root, key, Fields.ALL, embeds, references, List.of())));
    }
}
