package org.attune.api;

import java.util.List;

/**
 * What an agent may see at one step (SPEC §2). {@code persona} is set only in the persona
 * condition and {@code oracle} only in the oracle condition; {@code transcript} holds the
 * discovery dialogue so far. {@code mustAnswer} is true when the agent must give its final
 * response now (every condition but discovery, and discovery once the budget is spent).
 * {@code episodeKey} lets deterministic agents seed their choices per episode. {@code exactQuestions}
 * says the agent is to ask exactly the budget's number of questions before answering (PrefDisco's
 * fixed-question ablation, {@code --fixed-questions}). {@code image} is the item's image (an absolute
 * file path or a URL; null when it has none), given only to an agent that {@link Agent#takesImages()}.
 * {@code budget} is the episode's question budget in discovery ({@code discovery@N}: N; plain discovery:
 * {@code --max-turns}, or {@code --fixed-questions} when set) and null in the other conditions;
 * {@code userEnded} is true once the simulated person ended the dialogue (a passive-stop user's stop).
 */
public record AgentContext(
        TaskSet task,
        Item item,
        Condition condition,
        Persona persona,
        ActivePreferences oracle,
        List<Turn> transcript,
        int questionsLeft,
        boolean mustAnswer,
        String episodeKey,
        boolean exactQuestions,
        String image,
        Integer budget,
        boolean userEnded) {

    public AgentContext {
        transcript = List.copyOf(transcript);
    }

    /** A context without a stated budget, in a dialogue the person has not ended. */
    public AgentContext(TaskSet task, Item item, Condition condition, Persona persona, ActivePreferences oracle,
                        List<Turn> transcript, int questionsLeft, boolean mustAnswer, String episodeKey,
                        boolean exactQuestions, String image) {
        this(task, item, condition, persona, oracle, transcript, questionsLeft, mustAnswer, episodeKey, exactQuestions,
                image, null, false);
    }

    /** A context in which the agent may ask up to the budget. */
    public AgentContext(TaskSet task, Item item, Condition condition, Persona persona, ActivePreferences oracle,
                        List<Turn> transcript, int questionsLeft, boolean mustAnswer, String episodeKey) {
        this(task, item, condition, persona, oracle, transcript, questionsLeft, mustAnswer, episodeKey, false, null);
    }
}
