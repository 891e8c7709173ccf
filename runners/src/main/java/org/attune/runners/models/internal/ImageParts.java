package org.attune.runners.models.internal;

import dev.langchain4j.data.message.ImageContent;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

/** An item's image as LangChain4j image content: a URL as given, a file as base64 with its media type. */
final class ImageParts {
    private ImageParts() {
    }

    static ImageContent content(String image) {
        if (image.matches("(?i)https?://.*")) {
            return ImageContent.from(URI.create(image));
        }
        return ImageContent.from(Base64.getEncoder().encodeToString(bytes(image)), mediaType(image));
    }

    /** What identifies the image in a cache key: the URL, or the file's content hash. */
    static String key(String image) {
        return image.matches("(?i)https?://.*") ? image : Hashing.hex(bytes(image));
    }

    static String mediaType(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        if (f.endsWith(".jpg") || f.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (f.endsWith(".gif")) {
            return "image/gif";
        }
        return f.endsWith(".webp") ? "image/webp" : "image/png";
    }

    private static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw new org.attune.personas.InvalidInputException(file + ": cannot read the item's image: " + e.getMessage());
        }
    }
}
