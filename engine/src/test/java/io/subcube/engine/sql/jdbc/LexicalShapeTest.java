package io.subcube.engine.sql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexer behind the plan cache's parse-free path: which tokens are literals, and what the key keeps. */
class LexicalShapeTest {

    private static List<String> literals(LexicalShape lex) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lex.size(); i++) {
            out.add(lex.kind(i) + ":" + lex.text(i));
        }
        return out;
    }

    @Test
    void numbersPlainStringsAndBooleansAreLiterals() {
        LexicalShape lex = LexicalShape.of("SELECT a1, .5 FROM t WHERE x = 'it''s' AND y > 1.5e3 AND z = TrUe"
                + " AND w IN (7, 8.) -- 9 'ten'\n AND v = /* 11 */ FALSE");
        assertEquals(List.of("EXACT:.5", "STRING:'it''s'", "APPROXIMATE:1.5e3", "BOOLEAN:TrUe", "EXACT:7",
                "EXACT:8.", "BOOLEAN:FALSE"), literals(lex));
    }

    @Test
    void quotedNamesCommentsAndPrefixedStringsStayInTheKey() {
        LexicalShape lex = LexicalShape.of("SELECT \"a'1\" FROM t WHERE b = N'x' AND c = X'0F' /* 'y' */");
        assertEquals(List.of(), literals(lex));
        assertEquals(lex.sql(), lex.key());
    }

    @Test
    void statementsDifferingInLiteralValuesShareAKeyButNotInKinds() {
        String a = LexicalShape.of("SELECT * FROM t WHERE x = 1 AND y = 'a'").key();
        assertEquals(a, LexicalShape.of("SELECT * FROM t WHERE x = 20.25 AND y = 'it''s'").key());
        assertNotEquals(a, LexicalShape.of("SELECT * FROM t WHERE x = 1e2 AND y = 'a'").key());
        assertNotEquals(a, LexicalShape.of("SELECT * FROM t WHERE x = '1' AND y = 'a'").key());
        assertNotEquals(a, LexicalShape.of("SELECT * FROM t WHERE x = 1  AND y = 'a'").key());
    }

    @Test
    void parametersAndUnterminatedTokensAreLeftToTheParser() {
        assertNull(LexicalShape.of("SELECT * FROM t WHERE x = ?"));
        assertNull(LexicalShape.of("SELECT * FROM t WHERE x = 'open"));
        assertNull(LexicalShape.of("SELECT \"open FROM t"));
        assertNull(LexicalShape.of("SELECT 1 /* open"));
        assertNull(LexicalShape.of("SELECT 12abc FROM t"));
        assertNull(LexicalShape.of("SELECT 'a\0' FROM t"));
        assertEquals(List.of("STRING:'?'"), literals(LexicalShape.of("SELECT '?' FROM t")));
    }
}
