package io.wallbreaker.common;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
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

    @Singleton
    Deserializer<String> strictString() {
        return new Deserializer<>() {
            @Override
            public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
                    throws IOException {
                JsonNode node = decoder.decodeNode();
                if (node.isNull()) {
                    return null;
                }
                if (!node.isString()) {
                    throw new FieldInputException(type.getName(), "must be text (a JSON string)");
                }
                String value = node.getStringValue();
                String problem = Fields.textProblem(value);
                if (problem != null) {
                    throw new FieldInputException(type.getName(), problem);
                }
                return value;
            }

            @Override
            public String deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super String> type)
                    throws IOException {
                return decoder.decodeNull() ? null : deserialize(decoder, context, type);
            }
        };
    }

    @Singleton
    Deserializer<Long> strictLong() {
        return number("must be a whole number", node -> {
            try {
                return node.getBigDecimalValue().longValueExact();
            } catch (ArithmeticException notWholeOrTooBig) {
                return null;
            }
        });
    }

    @Singleton
    Deserializer<Integer> strictInteger() {
        return number("must be a whole number", node -> {
            try {
                return node.getBigDecimalValue().intValueExact();
            } catch (ArithmeticException notWholeOrTooBig) {
                return null;
            }
        });
    }

    @Singleton
    Deserializer<Boolean> strictBoolean() {
        return new Deserializer<>() {
            @Override
            public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
                    throws IOException {
                JsonNode node = decoder.decodeNode();
                if (node.isNull()) {
                    return null;
                }
                if (!node.isBoolean()) {
                    throw new FieldInputException(type.getName(), "must be true or false");
                }
                return node.getBooleanValue();
            }

            @Override
            public Boolean deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
                    throws IOException {
                return decoder.decodeNull() ? null : deserialize(decoder, context, type);
            }
        };
    }

    /** A JSON number that {@code convert} accepts (null from it: out of range or not whole). */
    private static <N> Deserializer<N> number(String expectation, Function<JsonNode, N> convert) {
        return new Deserializer<>() {
            @Override
            public N deserialize(Decoder decoder, DecoderContext context, Argument<? super N> type) throws IOException {
                JsonNode node = decoder.decodeNode();
                if (node.isNull()) {
                    return null;
                }
                N value = node.isNumber() ? convert.apply(node) : null;
                if (value == null) {
                    throw new FieldInputException(type.getName(), expectation);
                }
                return value;
            }

            @Override
            public N deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super N> type)
                    throws IOException {
                return decoder.decodeNull() ? null : deserialize(decoder, context, type);
            }
        };
    }

    @Singleton
    Deserializer<Instant> strictInstant() {
        return new Deserializer<>() {
            @Override
            public Instant deserialize(Decoder decoder, DecoderContext context, Argument<? super Instant> type)
                    throws IOException {
                JsonNode node = decoder.decodeNode();
                if (node.isNull()) {
                    return null;
                }
                Instant parsed = node.isString() ? Fields.parseInstant(node.getStringValue()) : null;
                if (parsed == null) {
                    throw new FieldInputException(type.getName(), Fields.TIME_RULE);
                }
                return parsed;
            }

            @Override
            public Instant deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Instant> type)
                    throws IOException {
                return decoder.decodeNull() ? null : deserialize(decoder, context, type);
            }
        };
    }
}
