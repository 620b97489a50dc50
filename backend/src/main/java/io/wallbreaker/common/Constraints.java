package io.wallbreaker.common;

import jakarta.inject.Singleton;
import java.util.Comparator;

/**
 * Checks a body's declarative constraints ({@code @NotBlank}, {@code @Size}, … on its record
 * components) inside a service, adding each violation to a {@link Validator} next to the
 * hand-written cross-field rules, so a caller hears about every problem at once. Used where the
 * same body is checked outside a controller too (an import item is a create body).
 */
@Singleton
public class Constraints {

    private final jakarta.validation.Validator validator;

    Constraints(jakarta.validation.Validator validator) {
        this.validator = validator;
    }

    /** Adds a field error to {@code v} for each violated constraint of {@code body}, field names prefixed. */
    public Validator check(Validator v, Object body, String prefix) {
        validator.validate(body).stream()
                .map(violation -> new Problem.FieldError(
                        prefix + ConstraintViolationHandler.fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .forEach(e -> v.add(e.field(), e.message()));
        return v;
    }
}
