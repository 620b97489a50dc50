package io.wallbreaker.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 from the JDK (OWASP's 2023 guidance: at least 600,000 iterations), with a
 * random 16-byte salt per password. The stored form names algorithm and iteration count, so the
 * cost can be raised later without invalidating existing hashes.
 */
@Singleton
public class PasswordHasher {

    static final String PREFIX = "pbkdf2-sha256";
    static final int MIN_ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final SecureRandom random = new SecureRandom();
    private final int iterations;
    /**
     * Verified against when a login does not exist, so both answers take the same time: a random
     * salt and key in the stored form, which no password matches. Checking it derives a key with
     * the same cost as a real check; making it needs no derivation (that used to cost start-up a
     * third of a second).
     */
    private final String decoy;

    PasswordHasher(@Value("${wallbreaker.security.password-iterations:600000}") int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException(
                    "wallbreaker.security.password-iterations must be at least " + MIN_ITERATIONS);
        }
        this.iterations = iterations;
        byte[] salt = new byte[SALT_BYTES];
        byte[] key = new byte[KEY_BITS / 8];
        random.nextBytes(salt);
        random.nextBytes(key);
        this.decoy = stored(iterations, salt, key);
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return stored(iterations, salt, derive(password, salt, iterations));
    }

    private static String stored(int iterations, byte[] salt, byte[] key) {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    public boolean verify(String password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the same time as a real check, for logins that do not exist. */
    public void verifyDecoy(String password) {
        verify(password, decoy);
    }

    private static byte[] derive(String password, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, rounds, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }
}
