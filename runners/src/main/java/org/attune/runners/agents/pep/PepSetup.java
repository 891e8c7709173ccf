package org.attune.runners.agents.pep;

import java.util.List;

/**
 * What a run tells the PEP agents: the run seed and active preferences per item (how the population's
 * draws are made), the personas the run evaluates (kept out of the priors they are evaluated with) and
 * the PrefDisco records of its task files (priors from the file's own problems).
 */
public record PepSetup(long seed, int prefsPerItem, List<String> evaluatedPersonas, List<HeldCriteria> prefDisco) {
    public PepSetup {
        evaluatedPersonas = List.copyOf(evaluatedPersonas);
        prefDisco = List.copyOf(prefDisco);
    }

    /** Seed 0, five preferences per item, nothing evaluated yet, no PrefDisco records. */
    public static PepSetup defaults() {
        return new PepSetup(0, 5, List.of(), List.of());
    }
}
