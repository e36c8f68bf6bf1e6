package dev.graph2doc.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentEquality;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import java.util.ArrayList;
import java.util.List;

/** The strongest check the tests make: for every root, MongoDB's document equals the graph's render, and nothing else is stored. */
public record RenderComparison(Mapping mapping, GraphStore graph, DocumentStore documents) {

    public void assertMongoEqualsRender(List<String> tenants) {
        assertMongoEqualsRender(tenants, mapping.collections().stream().map(CollectionMapping::name).toList());
    }

    public void assertMongoEqualsRender(List<String> tenants, List<String> collections) {
        for (String tenant : tenants) {
            for (CollectionMapping c : mapping.collections().stream().filter(c -> collections.contains(c.name())).toList()) {
                List<DocumentView> rendered = renderAll(c, tenant);
                List<DocumentView> stored = storedAll(c.name(), tenant);
                assertThat(stored.stream().map(DocumentView::key).toList()).as(tenant + "/" + c.name() + " keys")
                        .isEqualTo(rendered.stream().map(DocumentView::key).toList());
                for (int i = 0; i < rendered.size(); i++) {
                    DocumentView expected = rendered.get(i);
                    DocumentView actual = stored.get(i);
                    assertThat(DocumentEquality.same(expected, actual))
                            .as("%s/%s key %s:%n rendered %s%n stored   %s", tenant, c.name(), expected.key(), expected, actual)
                            .isTrue();
                }
            }
        }
    }

    public List<DocumentView> renderAll(CollectionMapping c, String tenant) {
        List<DocumentView> out = new ArrayList<>();
        Object after = null;
        for (RenderBatch batch = graph.renderRange(c, tenant, null, null, 500); !batch.isEmpty();
             batch = graph.renderRange(c, tenant, after, null, 500)) {
            out.addAll(batch.documents());
            after = batch.lastKey();
        }
        return out;
    }

    public List<DocumentView> storedAll(String collection, String tenant) {
        List<DocumentView> out = new ArrayList<>();
        for (List<DocumentView> page = documents.page(tenant, collection, null, 500); !page.isEmpty();
             page = documents.page(tenant, collection, page.get(page.size() - 1).key(), 500)) {
            out.addAll(page);
        }
        return out;
    }
}
