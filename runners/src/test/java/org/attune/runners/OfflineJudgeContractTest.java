package org.attune.runners;

import org.attune.api.Judge;
import org.attune.api.contract.JudgeContract;
import org.attune.evaluator.judging.OfflineJudge;
import org.attune.evaluator.rules.RulesLibrary;

class OfflineJudgeContractTest extends JudgeContract {
    @Override
    protected Judge judge() {
        return new OfflineJudge(RulesLibrary.builtin());
    }
}
