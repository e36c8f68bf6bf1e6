package dev.graph2doc.read;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentEquality;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Mapping;
import java.util.List;

/**
 * Compares the bodies of two renderings of one document (versions are the caller's concern). Placeholder:
 * exact equality until the normalising comparison lands.
 */
public final class DocumentDiff {

    public DocumentDiff(Mapping mapping, List<String> ignoredPaths) {
    }

    /** {@code control} or {@code candidate} null: that side has no such document. */
    public Difference compare(CollectionMapping collection, DocumentView control, DocumentView candidate) {
        if (control == null && candidate == null) {
            return Difference.match();
        }
        if (candidate == null) {
            return Difference.of(Outcome.MISSING);
        }
        if (control == null) {
            return Difference.of(Outcome.EXTRA);
        }
        return DocumentEquality.same(control.body(), candidate.body()) ? Difference.match()
                : new Difference(Outcome.FIELD, List.of("(body)"));
    }
}
