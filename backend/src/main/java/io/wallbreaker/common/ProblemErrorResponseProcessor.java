package io.wallbreaker.common;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every error Micronaut itself produces (unknown route, wrong method, unreadable body,
 * unexpected exception) into a problem+json body. Unexpected failures never expose their
 * message: the caller gets a correlation id that is also logged with the stack trace.
 */
@Primary
@Singleton
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);
    private static final MediaType PROBLEM = MediaType.of(Problem.MEDIA_TYPE);

    @Override
    public @NonNull MutableHttpResponse<Problem> processResponse(
            @NonNull ErrorContext context, @NonNull MutableHttpResponse<?> base) {
        int status = base.code();
        HttpStatus httpStatus = HttpStatus.valueOf(status);
        Problem problem;
        if (status >= 500) {
            String correlationId = UUID.randomUUID().toString();
            Throwable cause = context.getRootCause().orElse(null);
            LOG.error(
                    "Unexpected failure on {} {} correlationId={}",
                    context.getRequest().getMethod(),
                    context.getRequest().getPath(),
                    correlationId,
                    cause);
            problem = Problem.unexpected(correlationId);
        } else if (status == 400) {
            problem = badRequest(context);
        } else {
            problem = Problem.of(
                    status, httpStatus.getReason(), firstMessage(context).orElse(null));
        }
        return base.contentType(PROBLEM).body(problem);
    }

    private static Problem badRequest(ErrorContext context) {
        Throwable root = context.getRootCause().orElse(null);
        FieldInputException field = find(root, FieldInputException.class);
        if (field != null) {
            return ApiException.invalid(field.field(), field.reason()).toProblem(null);
        }
        ConversionErrorException conversion = find(root, ConversionErrorException.class);
        if (conversion != null) {
            Argument<?> argument = conversion.getArgument();
            return ApiException.invalid(argument.getName(), expectation(argument.getType()))
                    .toProblem(null);
        }
        boolean unreadableBody = context.getRootCause()
                .map(ProblemErrorResponseProcessor::isBodySyntaxError)
                .orElse(false);
        if (unreadableBody) {
            return Problem.of(
                    400,
                    "Malformed request body",
                    "The request body is not valid JSON or does not match the expected shape.");
        }
        List<Problem.FieldError> fields = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new Problem.FieldError(e.getPath().get(), e.getMessage()))
                .toList();
        String detail = firstMessage(context).orElse("The request could not be understood.");
        return new Problem("about:blank", "Invalid request", 400, detail, fields.isEmpty() ? null : fields, null, null);
    }

    /** What a query parameter, path segment or body field of {@code type} must look like, in product words. */
    static String expectation(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == java.time.Instant.class) {
            return Fields.TIME_RULE;
        }
        if (type == java.time.LocalDate.class) {
            return "must be a date such as 2026-03-02";
        }
        if (type.isEnum()) {
            return "must be one of "
                    + String.join(
                            ", ",
                            java.util.Arrays.stream(type.getEnumConstants())
                                    .map(Object::toString)
                                    .toList());
        }
        return "has an unexpected form";
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static boolean isBodySyntaxError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getName();
            if (name.contains("Json") || name.contains("Serde") || name.contains("Jackson")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> firstMessage(ErrorContext context) {
        return context.getErrors().stream()
                .map(Error::getMessage)
                .findFirst()
                .map(ProblemErrorResponseProcessor::withoutInternals);
    }

    /** Framework messages can quote Java types or exception text; keep only the human part. */
    private static String withoutInternals(String message) {
        int colon = message.indexOf(": ");
        String cut = message.contains("Exception") && colon > 0 ? message.substring(0, colon) : message;
        return cut.replaceAll("\\b(java|io|com|org)\\.[\\w.$]+", "value");
    }
}
