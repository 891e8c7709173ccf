package org.attune.runners;

import org.attune.api.ActivePreferences;
import org.attune.api.Item;
import org.attune.api.Persona;
import org.attune.api.TaskSet;
import org.attune.api.contract.ContractFixtures;

/** Content made in code, so port tests do not depend on the built-in library. */
public final class Fixtures {
    private Fixtures() {
    }

    public static final Item ITEM = ContractFixtures.ITEM;

    public static final TaskSet TASK = ContractFixtures.TASK;

    public static Persona persona() {
        return ContractFixtures.persona();
    }

    public static ActivePreferences active() {
        return ContractFixtures.active();
    }
}
