package io.subcube.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import io.subcube.engine.load.StoreLoader;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/schema.md} is generated from the store's own metadata: this test renders it from a freshly
 * generated store and fails when the committed file differs. Regenerate with
 * {@code ./mvnw -pl engine test -Dtest=SchemaDocumentTest -Dsubcube.updateDocs=true}.
 */
class SchemaDocumentTest {

    private static final Path DOC = Path.of("../docs/schema.md");

    @Test
    void committedSchemaDocumentMatchesTheStore() throws Exception {
        Store store = StoreLoader.generate(new GeneratorConfig(200, 1, 1, 200809, 1));
        String expected = render(store);
        if (Boolean.getBoolean("subcube.updateDocs")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, expected);
        }
        assertEquals(expected, Files.exists(DOC) ? Files.readString(DOC) : "",
                "docs/schema.md is stale; regenerate it (see this test's Javadoc)");
    }

    private static String render(Store store) {
        StringBuilder md = new StringBuilder();
        md.append("# Schema `").append(SubcubeSchema.NAME).append("`\n\n")
          .append("Generated from the store's metadata by `SchemaDocumentTest`; do not edit by hand. ")
          .append("The rules behind every column are in DOMAIN.md §B2 (schema) and §B3 (functions). ")
          .append("Source: `raw` = generated or loaded from files, `=` = copied from a dimension and checked ")
          .append("against it at load, `derived` = computed at load.\n\n")
          .append("The same information is queryable: `SELECT * FROM sys.columns`.\n\n");
        md.append("| table | rows are | partitioned by | key |\n|---|---|---|---|\n");
        for (Table t : store.tables().values()) {
            TableDef d = t.def();
            md.append("| [`").append(d.name()).append("`](#").append(d.name()).append(") | ").append(d.doc())
              .append(" | ").append(d.monthly() ? "`month_id`" : "—").append(" | `")
              .append(String.join(", ", d.key())).append("` |\n");
        }
        for (Table t : store.tables().values()) {
            md.append("\n## ").append(t.name()).append("\n\n").append(t.def().doc()).append(".\n\n")
              .append("| column | type | null | source | meaning |\n|---|---|---|---|---|\n");
            for (ColumnDef c : t.columns()) {
                md.append("| `").append(c.name()).append("` | ").append(c.type().sqlName()).append(" | ")
                  .append(c.nullable() ? "yes" : "no").append(" | ")
                  .append(switch (c.source()) {
                      case RAW -> "raw";
                      case COPY -> "=";
                      case DERIVED -> "derived";
                  }).append(" | ").append(c.doc().replace("|", "\\|")).append(" |\n");
            }
        }
        md.append("\n## Not yet in the store\n\n")
          .append("These §B2 tables and columns are computed at load by later work (DOMAIN.md §B2.16) ")
          .append("and are not queryable yet:\n\n");
        for (TableDef d : SubcubeSchema.tables()) {
            Table t = store.table(d.name());
            StringBuilder missing = new StringBuilder();
            for (ColumnDef c : d.columns()) {
                if (t == null || t.indexOf(c.name()) < 0) {
                    missing.append(missing.length() == 0 ? "" : ", ").append('`').append(c.name()).append('`');
                }
            }
            if (t == null) {
                md.append("- table `").append(d.name()).append("`: ").append(d.doc()).append('\n');
            } else if (missing.length() > 0) {
                md.append("- `").append(d.name()).append("`: ").append(missing).append('\n');
            }
        }
        return md.toString();
    }
}
