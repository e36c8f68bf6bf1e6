package dev.graph2doc.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The settings tables in docs/ (configuration.md, and the security and risk pages' own) against the configuration
 * metadata the build writes from the typed configuration ({@code @ConfigurationProperties}): every key is documented
 * in a row of its own, with the default the code uses.
 */
class ConfigurationDocsTest {

    @Test
    void shouldDocumentEveryTypedKeyWithItsDefaultWhenTheBuildDescribesThem() throws Exception {
        List<String> table = new ArrayList<>();
        try (var docs = Files.list(Path.of("docs"))) {
            for (Path page : docs.filter(p -> p.toString().endsWith(".md")).toList()) {
                Files.readAllLines(page).stream().filter(l -> l.startsWith("| `")).forEach(table::add);
            }
        }
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            metadata = new ObjectMapper().readTree(in);
        }
        List<String> drift = new ArrayList<>();
        for (JsonNode property : metadata.get("properties")) {
            String key = property.get("name").asText();
            Optional<String> row = table.stream().filter(l -> l.startsWith("| `" + key + "` |")).findFirst();
            String defaultValue = property.path("defaultValue").asText("");
            if (row.isEmpty()) {
                drift.add(key + " is not in the table");
            } else if (!defaultValue.isEmpty() && !row.get().contains("| `" + defaultValue + "`")) {
                drift.add(key + ": the table does not give its default `" + defaultValue + "`: " + row.get());
            }
        }
        assertThat(metadata.get("properties").size()).as("typed keys").isGreaterThan(50);
        assertThat(drift).as("docs/ against the code").isEmpty();
    }
}
