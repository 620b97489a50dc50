package io.wallbreaker.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wallbreaker.support.AppProcess;
import io.wallbreaker.support.Http;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's first start as an operator sees it: one "ready" line with the URL, an admin password
 * generated and printed once (not again on the next start), and no password ever in the log.
 */
class FirstStartTest {

    private static final Pattern GENERATED = Pattern.compile("login 'admin', password '([^']+)'");

    @TempDir
    Path dataDir;

    @Test
    void shouldPrintTheGeneratedAdminPasswordOnceAndNeverLogPasswords() throws Exception {
        Map<String, String> env = Map.of("WALLBREAKER_DATA_DIR", dataDir.toString());
        String password;
        try (AppProcess first = AppProcess.start(env)) {
            String log = first.log();
            assertTrue(log.contains("Wallbreaker ready at http://"), log);
            Matcher m = GENERATED.matcher(log);
            assertTrue(m.find(), log);
            password = m.group(1);
            assertTrue(password.length() >= 12, password);
            assertEquals(
                    200,
                    Http.send(
                                    "POST",
                                    first.baseUrl() + "/api/auth/login",
                                    "{\"login\":\"admin\",\"password\":\"" + password + "\"}")
                            .statusCode());
            assertEquals(
                    401,
                    Http.send(
                                    "POST",
                                    first.baseUrl() + "/api/auth/login",
                                    "{\"login\":\"admin\",\"password\":\"a-wrong-secret-9\"}")
                            .statusCode());
            assertFalse(first.log().contains("a-wrong-secret-9"), "a tried password is never logged");
        }
        try (AppProcess second = AppProcess.start(env)) {
            String log = second.log();
            assertTrue(log.contains("Wallbreaker ready at http://"), log);
            assertFalse(GENERATED.matcher(log).find(), "printed once, on the first start only: " + log);
            assertFalse(log.contains(password), log);
            assertEquals(
                    200,
                    Http.send(
                                    "POST",
                                    second.baseUrl() + "/api/auth/login",
                                    "{\"login\":\"admin\",\"password\":\"" + password + "\"}")
                            .statusCode());
        }
    }
}
