package org.attune.runners.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Loading the embedding model leaves no ONNX Runtime extraction folder behind in the temp folder. */
class OrtTempFolderTest {
    @Test
    void theRuntimesExtractionFolderIsGoneOnceTheModelIsLoadedAndTheModelStillWorks() {
        SentenceEmbedder e = SentenceEmbedder.shared();
        Path dir = OrtTempFolder.folder();
        assertThat(dir).as("the runtime records where it extracted its libraries").isNotNull();
        assertThat(dir.getFileName().toString()).startsWith("onnxruntime-java");
        assertThat(Files.exists(dir)).isFalse();
        float[] v = e.embed("a sentence embedded after the folder went");
        assertThat(SentenceEmbedder.cosine(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }
}
