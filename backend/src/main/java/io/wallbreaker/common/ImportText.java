package io.wallbreaker.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The text of an uploaded import file, and the 400 for a file that cannot be read at all. */
public final class ImportText {

    private ImportText() {}

    /** Strict UTF-8: a wrong encoding is refused, never silently turned into replacement characters. */
    public static String decode(@Nullable byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            // Spreadsheet programs like to start UTF-8 files with a byte-order mark.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw malformed("The body is not valid UTF-8; save the file as UTF-8 and send it again.");
        }
    }

    public static ApiException malformed(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "Malformed import file", detail);
    }

    /** A file that cannot be read, at {@code line} (1-based): the problem names the line. */
    public static ApiException malformedAt(int line, String detail) {
        return new ApiException(
                HttpStatus.BAD_REQUEST,
                "Malformed import file",
                "Line " + line + ": " + detail,
                List.of(new Problem.FieldError("body", "line " + line + ": " + detail)),
                Map.of("line", line));
    }
}
