package org.attune.evaluator;

/** A component as recorded in run.json: its label and the spec string that rebuilds it. */
public record ComponentSpec(String label, String spec) {
}
