package org.attune.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The test servers' one Jackson mapper (testkit depends on no module of attune's, so not attune's own). */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }
}
