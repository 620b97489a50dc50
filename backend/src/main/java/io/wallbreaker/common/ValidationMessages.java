package io.wallbreaker.common;

import io.micronaut.context.StaticMessageSource;
import io.micronaut.core.order.Ordered;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Singleton;

/**
 * The constraint messages in the product's own words, the same as the hand-written checks use
 * ({@link Validator}): "is required", "must be at most 300 characters".
 */
@Singleton
class ValidationMessages extends StaticMessageSource {

    @PostConstruct
    void init() {
        addMessage("jakarta.validation.constraints.NotBlank.message", "is required");
        addMessage("jakarta.validation.constraints.NotNull.message", "is required");
        addMessage("jakarta.validation.constraints.NotEmpty.message", "is required");
        addMessage("jakarta.validation.constraints.Size.message", "must be at most {max} characters");
        addMessage("jakarta.validation.constraints.Positive.message", "must be a positive number");
        addMessage("jakarta.validation.constraints.Min.message", "must be at least {value}");
        addMessage("jakarta.validation.constraints.Max.message", "must be at most {value}");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
