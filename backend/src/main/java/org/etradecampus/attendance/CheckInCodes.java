package org.etradecampus.attendance;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;

/**
 * Six-digit check-in codes derived from a session's secret and the two-minute slot they belong to,
 * as authenticator apps do: any instance computes the same code, and nothing is kept in memory.
 */
final class CheckInCodes {

    static final long SLOT_SECONDS = 120;

    private CheckInCodes() {
    }

    static String at(String secret, Instant when) {
        return forSlot(secret, Math.floorDiv(when.getEpochSecond(), SLOT_SECONDS));
    }

    static Instant nextChange(Instant when) {
        return Instant.ofEpochSecond((Math.floorDiv(when.getEpochSecond(), SLOT_SECONDS) + 1) * SLOT_SECONDS);
    }

    /** The code of this slot or of the one before (shown just before it changed). */
    static boolean matches(String secret, String code, Instant when) {
        long slot = Math.floorDiv(when.getEpochSecond(), SLOT_SECONDS);
        String given = code.strip();
        return constantTimeEquals(forSlot(secret, slot), given) | constantTimeEquals(forSlot(secret, slot - 1), given);
    }

    private static String forSlot(String secret, long slot) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] hash = mac.doFinal(Long.toString(slot).getBytes(StandardCharsets.US_ASCII));
            int offset = hash[hash.length - 1] & 0x0F;
            int value = ((hash[offset] & 0x7F) << 24) | ((hash[offset + 1] & 0xFF) << 16) | ((hash[offset + 2] & 0xFF) << 8)
                    | (hash[offset + 3] & 0xFF);
            return String.format("%06d", value % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
