package io.wallbreaker.common;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Function;

/**
 * The JSON reader applies the {@link Fields} rules at the edge, before any feature sees a value:
 *
 * <ul>
 *   <li>a text field takes a JSON string only — {@code "title": 12345} or {@code true} is a 400
 *       naming the field, never silently stored as text — and the string must be valid text;
 *   <li>a number field takes a JSON number (a whole one where the field is whole), a yes/no field
 *       a JSON boolean — never a string that happens to parse;
 *   <li>a time field takes the accepted time formats, kept to the millisecond.
 * </ul>
 *
 * Micronaut Serde consults these beans before its built-in readers for record components.
 */
@Factory
class StrictInputDeserializers {

    /** Reads one non-null JSON value for the named field, or says why it cannot. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(JsonNode node, String field) throws FieldInputException;
    }

    @Singleton
    Deserializer<String> strictString() {
        return strict((node, field) -> {
            if (!node.isString()) {
                throw new FieldInputException(field, "must be text (a JSON string)");
            }
            String value = node.getStringValue();
            String problem = Fields.textProblem(value);
            if (problem != null) {
                throw new FieldInputException(field, problem);
            }
            return value;
        });
    }

    @Singleton
    Deserializer<Long> strictLong() {
        return strict((node, field) -> whole(node, field, BigDecimal::longValueExact));
    }

    @Singleton
    Deserializer<Integer> strictInteger() {
        return strict((node, field) -> whole(node, field, BigDecimal::intValueExact));
    }

    @Singleton
    Deserializer<Boolean> strictBoolean() {
        return strict((node, field) -> {
            if (!node.isBoolean()) {
                throw new FieldInputException(field, "must be true or false");
            }
            return node.getBooleanValue();
        });
    }

    @Singleton
    Deserializer<Instant> strictInstant() {
        return strict((node, field) -> {
            Instant parsed = node.isString() ? Fields.parseInstant(node.getStringValue()) : null;
            if (parsed == null) {
                throw new FieldInputException(field, Fields.TIME_RULE);
            }
            return parsed;
        });
    }

    /** A whole JSON number that fits the target type (1.0 is fine, 1.5 and out-of-range values are not). */
    private static <N> N whole(JsonNode node, String field, Function<BigDecimal, N> exact) throws FieldInputException {
        if (node.isNumber()) {
            try {
                return exact.apply(node.getBigDecimalValue());
            } catch (ArithmeticException notWholeOrTooBig) {
                // falls through to the refusal
            }
        }
        throw new FieldInputException(field, "must be a whole number");
    }

    /** JSON null stays null; any other value goes through {@code reader}, named by its field. */
    private static <T> Deserializer<T> strict(Reader<T> reader) {
        return new Deserializer<>() {
            @Override
            public T deserialize(Decoder decoder, DecoderContext context, Argument<? super T> type) throws IOException {
                JsonNode node = decoder.decodeNode();
                return node.isNull() ? null : reader.read(node, type.getName());
            }

            @Override
            public T deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super T> type)
                    throws IOException {
                return decoder.decodeNull() ? null : deserialize(decoder, context, type);
            }
        };
    }
}
