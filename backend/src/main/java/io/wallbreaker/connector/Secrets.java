package io.wallbreaker.connector;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Webhook secrets: generation, HMAC-SHA256 signatures compared in constant time, and the URL token. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** 32 random bytes, URL-safe: what the administrator pastes into Jira's or GitHub's secret field. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "wbhook_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Whether {@code header} is {@code sha256=<hex HMAC of body>}; constant time in the signature. */
    static boolean validSignature(String secret, byte[] body, String header) {
        if (header == null || !header.regionMatches(true, 0, "sha256=", 0, 7)) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(7).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, body), given);
    }

    /**
     * The token for the webhook URL of systems that cannot sign (Jira Data Center): derived from the
     * secret, so rotating the secret changes it too, and the secret itself never appears in a URL.
     */
    static String urlToken(String secret) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(hmac(secret, "wallbreaker-webhook-url-token".getBytes(StandardCharsets.UTF_8)));
    }

    static boolean validToken(String secret, String token) {
        return MessageDigest.isEqual(
                urlToken(secret).getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
