package dev.graph2doc.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetStatementsTest {

    @Test
    void shouldNumberStatementsAndNameTheLineEachStartsOnWhenBlankLinesAndMultiLineStatementsSitBetween() {
        String script = """
                CREATE (:A {id: 1});

                CREATE (:B {id: 2}),
                       (:C {id: 3});


                  CREATE (s:Site {id: 's'})-[:X]->(s:Site)
                  RETURN s;
                MATCH (n) RETURN count(n)""";

        List<DatasetStatements.Statement> statements = DatasetStatements.split(script);

        assertThat(statements).extracting(DatasetStatements.Statement::number).containsExactly(1, 2, 3, 4);
        assertThat(statements).extracting(DatasetStatements.Statement::line).containsExactly(1, 3, 7, 9);
        assertThat(statements.get(2).describe())
                .isEqualTo("statement 3 (line 7: `CREATE (s:Site {id: 's'})-[:X]->(s:Site)`)");
        assertThat(statements.get(1).text()).contains("(:C {id: 3})").doesNotContain(";");
    }

    @Test
    void shouldCountCarriageReturnLineEndsWhenTheFileWasWrittenOnWindows() {
        List<DatasetStatements.Statement> statements = DatasetStatements.split("CREATE (:A);\r\n\r\nCREATE (:B);\r\n");

        assertThat(statements).extracting(DatasetStatements.Statement::line).containsExactly(1, 3);
    }

    @Test
    void shouldKeepASemicolonInsideALineWhenItDoesNotEndTheLine() {
        List<DatasetStatements.Statement> statements = DatasetStatements.split("CREATE (:A {t: 'x;y'});\nCREATE (:B);");

        assertThat(statements).extracting(DatasetStatements.Statement::text)
                .containsExactly("CREATE (:A {t: 'x;y'})", "CREATE (:B)");
    }

    @Test
    void shouldStartTheStatementAtItsCodeWhenCommentLinesLeadIt() {
        List<DatasetStatements.Statement> statements = DatasetStatements.split(
                "CREATE (:A);\n// people\n  // and more\nCREATE (:B)\nRETURN 1;\n// only a comment;\n");

        assertThat(statements).extracting(DatasetStatements.Statement::describe).containsExactly(
                "statement 1 (line 1: `CREATE (:A)`)", "statement 2 (line 4: `CREATE (:B)`)",
                "statement 3 (line 6: `// only a comment`)");
    }

    @Test
    void shouldFindNoStatementWhenTheFileIsBlank() {
        assertThat(DatasetStatements.split(" \n\n ;\n")).isEmpty();
    }
}
