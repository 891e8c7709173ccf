package org.attune.tasks.formats;

/** Why one record cannot become an item; caught per record and reported as {@code file:line: why}. */
final class BadRecord extends RuntimeException {
    BadRecord(String why) {
        super(why, null, false, false);
    }
}
