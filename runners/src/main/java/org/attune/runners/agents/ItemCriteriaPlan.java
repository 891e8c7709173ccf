package org.attune.runners.agents;

import java.util.ArrayList;
import java.util.List;
import org.attune.api.AgentContext;
import org.attune.api.Attribute;
import org.attune.personas.AttributeCatalog;

/**
 * A question plan that asks first about the criteria of the item's own rubric (a PrefDisco record),
 * in the rubric's order, then about what {@code rest} picks; an item without one gets {@code rest}.
 */
final class ItemCriteriaPlan implements QuestionPlan {
    private final AttributeCatalog catalog;
    private final ItemCriteria criteria;
    private final QuestionPlan rest;

    ItemCriteriaPlan(AttributeCatalog catalog, ItemCriteria criteria, QuestionPlan rest) {
        this.catalog = catalog;
        this.criteria = criteria;
        this.rest = rest;
    }

    @Override
    public List<Attribute> attributes(AgentContext ctx) {
        List<String> own = criteria.of(ctx.task().id(), ctx.item().id());
        if (own.isEmpty()) {
            return rest.attributes(ctx);
        }
        List<Attribute> out = new ArrayList<>();
        own.forEach(id -> catalog.find(id).ifPresent(out::add));
        rest.attributes(ctx).stream().filter(a -> !own.contains(a.id())).forEach(out::add);
        return out;
    }
}
