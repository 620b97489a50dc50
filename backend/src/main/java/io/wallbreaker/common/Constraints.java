package io.wallbreaker.common;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanProperty;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a body's declarative constraints ({@code @NotBlank}, {@code @Size}, … on its record
 * components) inside a service, adding each violation to a {@link Validator} next to the
 * hand-written cross-field rules, so a caller hears about every problem at once — which a
 * controller-level {@code @Valid} would not do (it refuses before the other rules run). The same
 * check serves bodies that arrive outside a controller too (an import item is a create body).
 */
@Singleton
public class Constraints {

    private final jakarta.validation.Validator validator;

    Constraints(jakarta.validation.Validator validator) {
        this.validator = validator;
    }

    /** Adds a field error to {@code v} for each violated constraint of {@code body}, field names prefixed. */
    public Validator check(Validator v, Object body, String prefix) {
        List<String> order = BeanIntrospection.getIntrospection(body.getClass()).getBeanProperties().stream()
                .map(BeanProperty::getName)
                .toList();
        validator.validate(body).stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparingInt((Problem.FieldError e) -> position(order, e.field()))
                        .thenComparing(Problem.FieldError::field))
                .forEach(e -> v.add(prefix + e.field(), e.message()));
        return v;
    }

    /** "title", "teams[0]", "events[2].at": the JSON field a violation is about, not the Java method path. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> properties = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName() == null ? "" : node.getName();
                properties.add(node.getIndex() != null ? name + "[" + node.getIndex() + "]" : name);
            }
        }
        return properties.isEmpty() ? "request" : String.join(".", properties);
    }

    /** Errors are listed in the order the fields appear in the body's record, as the hand-written checks do. */
    private static int position(List<String> order, String field) {
        int end = field.indexOf('[');
        int dot = field.indexOf('.');
        String head = field.substring(0, Math.min(end < 0 ? field.length() : end, dot < 0 ? field.length() : dot));
        int index = order.indexOf(head);
        return index < 0 ? order.size() : index;
    }
}
