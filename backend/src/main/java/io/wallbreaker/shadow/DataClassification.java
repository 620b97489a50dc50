package io.wallbreaker.shadow;

/** How sensitive the data a shadow system holds is; {@code CUSTOMER_PII} exposure is reported separately. */
public enum DataClassification {
    NONE,
    INTERNAL,
    CONFIDENTIAL,
    CUSTOMER_PII
}
