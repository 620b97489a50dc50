package io.wallbreaker.common;

import io.micronaut.serde.exceptions.SerdeException;

/**
 * A JSON value that breaks one of the {@link Fields} rules, raised while the body is read, so the
 * caller gets a 400 naming the field rather than a generic "malformed body".
 */
public final class FieldInputException extends SerdeException {

    private final String field;
    private final String reason;

    public FieldInputException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
