package io.wallbreaker.metrics;

import io.micronaut.context.annotation.Value;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.Arrays;

/**
 * Wall-index weights w1..w5 and the default lead-time target, from {@code WALLBREAKER_WALL_WEIGHTS}
 * ("0.30,0.20,0.20,0.15,0.15") and {@code WALLBREAKER_WALL_TARGET_SECONDS} (default two days).
 */
@Serdeable
public record WallWeights(double w1, double w2, double w3, double w4, double w5, long defaultTargetSeconds) {

    public static final WallWeights DEFAULT = new WallWeights(0.30, 0.20, 0.20, 0.15, 0.15, 2 * 86_400);

    public WallWeights {
        double sum = w1 + w2 + w3 + w4 + w5;
        if (w1 < 0 || w2 < 0 || w3 < 0 || w4 < 0 || w5 < 0 || sum <= 0) {
            throw new IllegalArgumentException("wall weights must be non-negative and not all zero");
        }
        if (defaultTargetSeconds <= 0) {
            throw new IllegalArgumentException("the default target must be positive");
        }
    }

    static WallWeights parse(String weights, long targetSeconds) {
        if (weights == null || weights.isBlank()) {
            return new WallWeights(DEFAULT.w1, DEFAULT.w2, DEFAULT.w3, DEFAULT.w4, DEFAULT.w5, targetSeconds);
        }
        double[] w = Arrays.stream(weights.split(","))
                .map(String::trim)
                .mapToDouble(Double::parseDouble)
                .toArray();
        if (w.length != 5) {
            throw new IllegalArgumentException(
                    "WALLBREAKER_WALL_WEIGHTS needs five comma-separated numbers, got: " + weights);
        }
        return new WallWeights(w[0], w[1], w[2], w[3], w[4], targetSeconds);
    }

    /** {@code 100 × Σ wk·sk / Σ wk}. */
    double index(double s1, double s2, double s3, double s4, double s5) {
        return 100 * (w1 * s1 + w2 * s2 + w3 * s3 + w4 * s4 + w5 * s5) / (w1 + w2 + w3 + w4 + w5);
    }

    /** Reads the configuration once. */
    @io.micronaut.context.annotation.Factory
    static class Config {
        @Singleton
        WallWeights wallWeights(
                @Value("${wallbreaker.wall-weights:}") String weights,
                @Value("${wallbreaker.wall-target-seconds:172800}") long target) {
            return parse(weights, target);
        }
    }
}
