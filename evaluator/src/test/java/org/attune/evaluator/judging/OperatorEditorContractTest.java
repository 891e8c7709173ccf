package org.attune.evaluator.judging;

import org.attune.api.Editor;
import org.attune.api.contract.EditorContract;
import org.attune.evaluator.rules.RulesLibrary;

class OperatorEditorContractTest extends EditorContract {
    @Override
    protected Editor editor() {
        return new OperatorEditor(RulesLibrary.builtin());
    }
}
