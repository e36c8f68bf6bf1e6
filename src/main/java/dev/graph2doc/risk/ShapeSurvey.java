package dev.graph2doc.risk;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Embed;
import dev.graph2doc.mapping.GraphSchema.KeyType;
import dev.graph2doc.mapping.GraphSchema.PatternCounts;
import dev.graph2doc.mapping.GraphSchema;
import dev.graph2doc.mapping.KeyTypes;
import dev.graph2doc.mapping.Reference;
import dev.graph2doc.risk.CollectionFacts.GraphShape;
import dev.graph2doc.risk.CollectionFacts.PatternFact;
import dev.graph2doc.risk.CollectionFacts.WriteFanOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a collection's {@link GraphShape} from the graph, over all tenants (one aggregate query per question). */
final class ShapeSurvey {

    private final GraphSchema schema;

    ShapeSurvey(GraphSchema schema) {
        this.schema = schema;
    }

    GraphShape survey(CollectionMapping c, List<WriteFanOut> writeFanOut) {
        return new GraphShape(patterns(c), schema.labelCombinations(c.root()), schema.keyTypes(c.root(), c.key()),
                mixedFields(c), writeFanOut);
    }

    private List<PatternFact> patterns(CollectionMapping c) {
        List<PatternFact> facts = new ArrayList<>();
        for (Embed e : c.embeds()) {
            PatternCounts counts = schema.patternCounts(c.root(), e.rel(), e.direction(), e.target());
            facts.add(new PatternFact(e.field(), "embed", e.rel(), e.direction(), e.target(), counts.declared(),
                    counts.reverse()));
        }
        for (Reference r : c.references()) {
            PatternCounts counts = schema.patternCounts(c.root(), r.rel(), r.direction(), r.target());
            facts.add(new PatternFact(r.field(), "reference", r.rel(), r.direction(), r.target(), counts.declared(),
                    counts.reverse()));
        }
        return facts;
    }

    /** The mapped root fields (the key aside: its types are a finding of their own) holding more than one kind of value. */
    private Map<String, List<KeyType>> mixedFields(CollectionMapping c) {
        List<String> fields = new ArrayList<>(c.fields().all() ? schema.propertyKeys(c.root()) : c.fields().names());
        fields.remove(c.key());
        Map<String, List<KeyType>> mixed = new TreeMap<>();
        if (!fields.isEmpty()) {
            schema.propertyTypes(c.root(), fields).forEach((field, types) -> {
                if (KeyTypes.mixedValues(types)) {
                    mixed.put(field, types);
                }
            });
        }
        return mixed;
    }
}
