package org.attune.evaluator;

/** Calls and tokens of one role within an episode. */
public record RoleUsage(int calls, long inputTokens, long outputTokens) {
    public static final RoleUsage ZERO = new RoleUsage(0, 0, 0);

    public RoleUsage plus(RoleUsage o) {
        return new RoleUsage(calls + o.calls, inputTokens + o.inputTokens, outputTokens + o.outputTokens);
    }
}
