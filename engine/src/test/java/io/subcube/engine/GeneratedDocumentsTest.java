package io.subcube.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.subcube.datasets.generator.GeneratorConfig;
import io.subcube.datasets.schema.ColumnDef;
import io.subcube.datasets.schema.SubcubeSchema;
import io.subcube.datasets.schema.TableDef;
import io.subcube.engine.load.StoreLoader;
import io.subcube.engine.storage.Store;
import io.subcube.engine.storage.Table;
import io.subcube.functions.FunctionCatalog;
import io.subcube.functions.FunctionSignature;
import io.subcube.functions.ScoringParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/schema.md} and {@code docs/functions.md} are generated from the store's own metadata and the
 * function catalog: this test renders them and fails when a committed file differs. Regenerate with
 * {@code ./mvnw -pl engine test -Dtest=GeneratedDocumentsTest -Dsubcube.updateDocs=true}.
 */
class GeneratedDocumentsTest {

    @Test
    void committedSchemaDocumentMatchesTheStore() throws Exception {
        Store store = StoreLoader.generate(new GeneratorConfig(200, 1, 1, 200809, 1));
        check(Path.of("../docs/schema.md"), render(store));
    }

    @Test
    void committedFunctionDocumentMatchesTheCatalog() throws Exception {
        check(Path.of("../docs/functions.md"), renderFunctions());
    }

    private static void check(Path doc, String expected) throws java.io.IOException {
        if (Boolean.getBoolean("subcube.updateDocs")) {
            Files.createDirectories(doc.getParent());
            Files.writeString(doc, expected);
        }
        assertEquals(expected, Files.exists(doc) ? Files.readString(doc) : "",
                doc + " is stale; regenerate it (see this test's Javadoc)");
    }

    private static String renderFunctions() {
        StringBuilder md = new StringBuilder();
        md.append("# SQL functions\n\n")
          .append("Generated from `FunctionCatalog` by `GeneratedDocumentsTest`; do not edit by hand. Each function is ")
          .append("a plain Java static method in `sql-functions`; the rules, worked examples and errors are in ")
          .append("DOMAIN.md at the section given. The same catalog registers every function in Calcite (Subcube ")
          .append("SQL) and in DuckDB (tests and benchmarks). Any numeric argument type is accepted where a ")
          .append("signature says a number; NULL gives NULL except where noted; an argument outside its domain ")
          .append("raises `FUNC: argument <name> out of range: <value>` (an `SQLException`).\n\n")
          .append("| section | signature | parameters bound | NULL |\n|---|---|---|---|\n");
        for (FunctionSignature s : FunctionCatalog.all()) {
            md.append("| §").append(s.section()).append(" | `").append(s.describe()).append("` | ")
              .append(s.takesParameters() ? "yes" : "").append(" | ")
              .append(s.nullMeaningful() ? "meaningful" : "NULL in, NULL out").append(" |\n");
        }
        md.append("\n## Parameters\n\n")
          .append("Functions marked \"parameters bound\" use the dataset's scoring parameters (DOMAIN.md [P] and ")
          .append("the G5 profile), the same ones its derived columns were computed with. Choose them per connection ")
          .append("(`jdbc:subcube:;profile=B;stick.high_cut=92`) or in a properties file ")
          .append("(`parameters_file=/path/to/file.properties`); `SELECT * FROM sys.parameters` shows those in ")
          .append("force. Defaults (profile A):\n\n| parameter | default | section | meaning |\n|---|---|---|---|\n");
        for (ScoringParameters.Entry e : ScoringParameters.DEFAULTS.entries()) {
            md.append("| `").append(e.key()).append("` | ").append(e.value()).append(" | §").append(e.section())
              .append(" | ").append(e.description()).append(" |\n");
        }
        return md.toString();
    }

    private static String render(Store store) {
        StringBuilder md = new StringBuilder();
        md.append("# Schema `").append(SubcubeSchema.NAME).append("`\n\n")
          .append("Generated from the store's metadata by `GeneratedDocumentsTest`; do not edit by hand. ")
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
