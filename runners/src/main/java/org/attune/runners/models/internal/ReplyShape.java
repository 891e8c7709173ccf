package org.attune.runners.models.internal;

/** What a role asked the model for, which decides how its reply is normalized before parsing. */
public enum ReplyShape {
    /** A JSON object (a discovery turn, the user, the judge, a learner's inference). */
    JSON,
    /** Plain text: a final response or a revision. Announcing first lines and action objects are unwrapped too. */
    TEXT
}
