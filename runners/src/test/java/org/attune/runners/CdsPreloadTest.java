package org.attune.runners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CdsPreloadTest {
    static final AtomicBoolean INITIALIZED = new AtomicBoolean();

    static final class Marker {
        static {
            INITIALIZED.set(true);
        }
    }

    @Test
    void listedClassesAreLoadedWithoutRunningTheirInitializersAndUnknownNamesAreSkipped() {
        String list = "# a comment\n\n" + Marker.class.getName() + "\norg.attune.NoSuchClass\n  java.util.ArrayList  \n";
        int loaded = CdsPreload.load(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)),
                getClass().getClassLoader());

        assertThat(loaded).isEqualTo(2);
        assertThat(INITIALIZED).isFalse();
    }

    @Test
    void theShippedListStillNamesTheClassesOfThisBuild() throws IOException {
        long named;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CdsPreload.LIST)) {
            assertThat(in).as(CdsPreload.LIST).isNotNull();
            named = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        }
        int loaded = CdsPreload.load(getClass().getClassLoader().getResourceAsStream(CdsPreload.LIST),
                getClass().getClassLoader());
        // a list gone stale (classes renamed or dropped) only shrinks the archive, but should be made again
        assertThat(loaded).as("classes of %s still loadable", CdsPreload.LIST).isGreaterThan((int) (named * 0.9));
    }
}
