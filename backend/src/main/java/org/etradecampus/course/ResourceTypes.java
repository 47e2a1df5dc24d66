package org.etradecampus.course;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The files lessons may carry, known by their name's extension and confirmed by their first bytes,
 * so a script renamed .pdf is refused. The content type served is ours, never the uploader's.
 */
final class ResourceTypes {

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "txt", "text/plain",
            "csv", "text/csv");

    private ResourceTypes() {
    }

    /** Its content type, when the name and the bytes agree on one we take. */
    static Optional<String> of(String fileName, byte[] bytes) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (type == null) {
            return Optional.empty();
        }
        boolean fits = switch (extension) {
            case "pdf" -> startsWith(bytes, '%', 'P', 'D', 'F');
            case "png" -> startsWith(bytes, 0x89, 'P', 'N', 'G');
            case "jpg", "jpeg" -> startsWith(bytes, 0xFF, 0xD8, 0xFF);
            case "docx", "xlsx", "pptx" -> startsWith(bytes, 'P', 'K', 3, 4);
            default -> isText(bytes);
        };
        return fits ? Optional.of(type) : Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isText(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.indexOf('\u0000') < 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
