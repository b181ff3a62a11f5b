package io.subcube.engine.sql.jdbc;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql2rel.SqlToRelConverter;

/**
 * Finds the literals of a parsed query that can become parameters without changing what the query means:
 * those compared (=, <>, <, <=, >, >=, BETWEEN, an IN list) with a column, in a WHERE, HAVING or ON
 * condition of the query or of its subqueries, reached through AND, OR and NOT only. A parameter compared
 * with a column takes the column's type, so the comparison stays what it was. Literals anywhere else stay
 * as written: in the SELECT list, CASE or a function call they give the result its type; LIMIT, GROUP BY
 * and ORDER BY ordinals, CAST targets, INTERVALs and VALUES rows shape the plan; NULL has no type of its
 * own; and the engine runs LIKE only with a literal pattern (with a parameter, Calcite would filter above
 * a full scan).
 */
final class LiftableLiterals {

    private final List<LiftedLiteral> found = new ArrayList<>();

    private LiftableLiterals() {
    }

    /** The liftable literals of a query, in the order the walk meets them. */
    static List<LiftedLiteral> of(SqlNode query) {
        LiftableLiterals walk = new LiftableLiterals();
        walk.query(query);
        return walk.found;
    }

    private void query(SqlNode node) {
        if (node instanceof SqlSelect select) {
            from(select.getFrom());
            condition(select.getWhere());
            condition(select.getHaving());
        } else if (node instanceof SqlOrderBy orderBy) {
            query(orderBy.query);
        } else if (node instanceof SqlWith with) {
            for (SqlNode item : with.withList) {
                query(((SqlWithItem) item).query);
            }
            query(with.body);
        } else if (node != null && node.getKind().belongsTo(SqlKind.SET_QUERY)) {
            ((SqlCall) node).getOperandList().forEach(this::query);
        }
    }

    private void from(SqlNode node) {
        if (node instanceof SqlJoin join) {
            from(join.getLeft());
            from(join.getRight());
            condition(join.getCondition());
        } else if (node != null && node.getKind() == SqlKind.AS) {
            from(((SqlCall) node).operand(0));
        } else {
            query(node);
        }
    }

    private void condition(SqlNode node) {
        if (!(node instanceof SqlCall call)) {
            return;
        }
        List<SqlNode> operands = call.getOperandList();
        switch (call.getKind()) {
            case AND, OR, NOT -> operands.forEach(this::condition);
            case EQUALS, NOT_EQUALS, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL -> {
                liftAgainst(operands.get(0), operands.get(1));
                liftAgainst(operands.get(1), operands.get(0));
                operands.forEach(this::query);
            }
            case BETWEEN -> {
                if (isColumn(operands.get(0))) {
                    lift(operands.get(1));
                    lift(operands.get(2));
                }
            }
            case IN, NOT_IN -> {
                // From this many items on, Calcite plans IN as a join with VALUES rather than comparisons.
                if (isColumn(operands.get(0)) && operands.get(1) instanceof SqlNodeList items
                        && items.size() < SqlToRelConverter.DEFAULT_IN_SUB_QUERY_THRESHOLD) {
                    items.forEach(this::lift);
                }
                query(operands.get(1));
            }
            case EXISTS -> query(operands.get(0));
            case SOME, ALL -> query(operands.get(1));
            default -> {
            }
        }
    }

    private void liftAgainst(SqlNode column, SqlNode literal) {
        if (isColumn(column)) {
            lift(literal);
        }
    }

    private static boolean isColumn(SqlNode node) {
        return node instanceof SqlIdentifier id && !id.isStar();
    }

    private void lift(SqlNode node) {
        if (node instanceof SqlLiteral literal) {
            LiftedLiteral lifted = LiftedLiteral.of(literal);
            if (lifted != null) {
                found.add(lifted);
            }
        }
    }
}
