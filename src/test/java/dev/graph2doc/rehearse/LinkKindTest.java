package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.MappingLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkKindTest {

    @Test
    void shouldLinkEveryMappedRelationshipWithTheFieldsShowingItWhenTheMappingIsTheMovies() throws Exception {
        List<LinkKind> kinds = LinkKind.of(load("movies.yaml"));

        assertThat(kinds).extracting(k -> k.from().root() + "-" + k.rel() + "->" + k.to().root())
                .containsExactly("Person-ACTED_IN->Movie", "Person-DIRECTED->Movie", "Person-REVIEWED->Movie",
                        "Person-PRODUCED->Movie", "Person-WROTE->Movie", "Person-FOLLOWS->Person");
        assertThat(kinds.get(0).views()).containsExactly(new LinkKind.View("movies", "cast", false),
                new LinkKind.View("people", "actedIn", true));
    }

    @Test
    void shouldLeaveOutToOneRelationshipsWhenSomeDocumentEmbedsThemAsAnObject() throws Exception {
        List<LinkKind> kinds = LinkKind.of(load("fleet.yaml"));

        assertThat(kinds).extracting(LinkKind::rel).as("OWNS, HAS_BIN and REPORTED are embedded as objects")
                .containsExactly("MONITORS");
    }

    @Test
    void shouldTellTheLedgerBothEndsWhenALinkIsAcknowledged() throws Exception {
        LinkKind actedIn = LinkKind.of(load("movies.yaml")).get(0);
        Ledger ledger = new Ledger();

        actedIn.acknowledge(ledger, "movies", true, "Keanu Reeves", "Speed");

        assertThat(ledger.snapshot().get(new Ledger.DocumentId("movies", "movies", "Speed")).members())
                .containsEntry("cast", java.util.Map.of("Keanu Reeves", true));
        assertThat(ledger.snapshot().get(new Ledger.DocumentId("movies", "people", "Keanu Reeves")).members())
                .containsEntry("actedIn", java.util.Map.of("Speed", true));
    }

    private static Mapping load(String file) throws Exception {
        return MappingLoader.parse(Files.readString(Path.of("migrations", file)), file);
    }
}
