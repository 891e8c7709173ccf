package org.attune.evaluator.correctness;

import org.attune.api.CorrectnessChecker;
import org.attune.api.contract.CorrectnessCheckerContract;

class AnswerCorrectnessCheckerContractTest extends CorrectnessCheckerContract {
    @Override
    protected CorrectnessChecker checker() {
        return AnswerCorrectnessChecker.create();
    }
}
