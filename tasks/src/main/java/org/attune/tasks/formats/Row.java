package org.attune.tasks.formats;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record of an input file: the line it starts on, its 1-based ordinal among the file's
 * records (so derived ids stay stable when a record before it fails), its key when the file is
 * one JSON object of records (else null) and its content.
 */
record Row(int line, int ordinal, String key, JsonNode node) {
}
