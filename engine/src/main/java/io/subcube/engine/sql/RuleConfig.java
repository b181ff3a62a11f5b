package io.subcube.engine.sql;

import java.util.function.Function;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.tools.RelBuilderFactory;

/**
 * The immutable configuration of one of our {@link RelRule}s. Calcite generates its own rule configs
 * with the Immutables processor; one hand-written record serves all of ours.
 *
 * @param factory           builds the rule from this config
 * @param operandSupplier   the rule's operand tree
 * @param description       the rule's name in plans and traces
 * @param relBuilderFactory how the rule builds relational expressions
 */
record RuleConfig(Function<RuleConfig, RelOptRule> factory, RelRule.OperandTransform operandSupplier,
                  String description, RelBuilderFactory relBuilderFactory) implements RelRule.Config {

    static RuleConfig of(String description, RelRule.OperandTransform operands,
                         Function<RuleConfig, RelOptRule> factory) {
        return new RuleConfig(factory, operands, description, RelFactories.LOGICAL_BUILDER);
    }

    @Override
    public RelOptRule toRule() {
        return factory.apply(this);
    }

    @Override
    public RuleConfig withRelBuilderFactory(RelBuilderFactory f) {
        return new RuleConfig(factory, operandSupplier, description, f);
    }

    @Override
    public RuleConfig withDescription(String d) {
        return new RuleConfig(factory, operandSupplier, d, relBuilderFactory);
    }

    @Override
    public RuleConfig withOperandSupplier(RelRule.OperandTransform t) {
        return new RuleConfig(factory, t, description, relBuilderFactory);
    }
}
