package io.wallbreaker.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.annotation.PreMatching;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The {@link Fields} text rule for the request address, applied before routing: a path or query
 * whose percent-encoding is not valid UTF-8 (which the framework would quietly turn into
 * replacement characters, overlong forms included), or that holds a NUL character or half of a
 * surrogate pair, is refused with a 400 naming the parameter — for every caller, signed in or not,
 * so no such value ever reaches a query or the database.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class UrlTextFilter implements Ordered {

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    @PreMatching
    @RequestFilter
    @Nullable
    MutableHttpResponse<Problem> check(HttpRequest<?> request) {
        String rawPath = request.getUri().getRawPath();
        String path = rawPath == null ? "" : decode(rawPath);
        if (path == null) {
            return refuse("path", "must be valid percent-encoded UTF-8");
        }
        String rawQuery = request.getUri().getRawQuery();
        if (rawQuery != null && decode(rawQuery) == null) {
            return refuse("query", "must be valid percent-encoded UTF-8");
        }
        String pathProblem = Fields.textProblem(path);
        if (pathProblem != null) {
            return refuse("path", pathProblem);
        }
        for (Map.Entry<String, List<String>> parameter :
                request.getParameters().asMap().entrySet()) {
            String nameProblem = Fields.textProblem(parameter.getKey());
            if (nameProblem != null) {
                return refuse("query", nameProblem);
            }
            for (String value : parameter.getValue()) {
                String problem = Fields.textProblem(value);
                if (problem != null) {
                    return refuse(parameter.getKey(), problem);
                }
            }
        }
        return null;
    }

    private static MutableHttpResponse<Problem> refuse(String field, String message) {
        return Problems.response(400, ApiException.invalid(field, message).toProblem(null));
    }

    /** The percent-decoded text, or null when an escape is broken or the bytes are not strict UTF-8. */
    static @Nullable String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
