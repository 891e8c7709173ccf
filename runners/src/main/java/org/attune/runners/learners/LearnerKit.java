package org.attune.runners.learners;

/**
 * What learners are built from: how to respond, read an edit, aggregate beliefs and compare contexts.
 * The offline kit ({@link OfflineKit}) does all of it with the rules library; a model-backed kit asks
 * the configured agent model.
 *
 * @param readsExamples whether an in-context learner turns its examples into a belief before responding
 *                      (offline: there is no model to show them to) rather than passing them on
 */
public record LearnerKit(Responder responder, EditReader reader, Aggregator aggregator, ContextEmbedding embedding,
                         boolean readsExamples) {
}
