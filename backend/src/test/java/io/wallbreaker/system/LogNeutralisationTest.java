package io.wallbreaker.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** User input with line breaks cannot forge extra lines in the production log (the main logback.xml). */
class LogNeutralisationTest {

    @Test
    void shouldKeepAForgedLineBreakInsideOneLogLine() throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));
        try {
            @SuppressWarnings("unchecked")
            OutputStreamAppender<ILoggingEvent> console = (OutputStreamAppender<ILoggingEvent>)
                    context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT");
            Logger logger = context.getLogger("io.wallbreaker.security");
            LoggingEvent event = new LoggingEvent(
                    Logger.class.getName(), logger, Level.WARN, "Sign-in failed for {}", null, new Object[] {
                        "mallory\r\n2026-11-26T00:00:00.000Z INFO  [main] io.wallbreaker - admin signed in"
                    });
            String line = new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);
            assertEquals(1, line.lines().count(), line);
            assertTrue(line.contains("Sign-in failed for mallory"), line);
        } finally {
            context.stop();
        }
    }
}
