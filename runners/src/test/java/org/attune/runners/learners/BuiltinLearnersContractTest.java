package org.attune.runners.learners;

import org.attune.api.Learner;
import org.attune.api.contract.LearnerContract;
import org.junit.jupiter.api.Nested;

/** Each built-in learner, made through its provider, meets the learner contract (with the offline tag world's kit). */
class BuiltinLearnersContractTest {
    private static Learner create(String label) {
        return Learners.create(label, TagWorld.kit(true));
    }

    @Nested
    class None extends LearnerContract {
        @Override
        protected Learner learner() {
            return create("none");
        }
    }

    @Nested
    class Oracle extends LearnerContract {
        @Override
        protected Learner learner() {
            return create("oracle");
        }
    }

    @Nested
    class IclEdit extends LearnerContract {
        @Override
        protected Learner learner() {
            return create("icl-edit-2");
        }
    }

    @Nested
    class Continual extends LearnerContract {
        @Override
        protected Learner learner() {
            return create("continual-2");
        }
    }

    @Nested
    class Cipher extends LearnerContract {
        @Override
        protected Learner learner() {
            return create("cipher-2");
        }
    }
}
