package io.wallbreaker.shadow;

import java.util.List;

/** Where a shadow system stands: DISCOVERED → ACKNOWLEDGED → ADOPTED | MIGRATED | DECOMMISSIONED. */
public enum ShadowStatus {
    DISCOVERED,
    ACKNOWLEDGED,
    ADOPTED,
    MIGRATED,
    DECOMMISSIONED;

    /** The statuses this one may move to; the three outcomes are final. */
    public List<ShadowStatus> allowedNext() {
        return switch (this) {
            case DISCOVERED -> List.of(ACKNOWLEDGED);
            case ACKNOWLEDGED -> List.of(ADOPTED, MIGRATED, DECOMMISSIONED);
            case ADOPTED, MIGRATED, DECOMMISSIONED -> List.of();
        };
    }

    /** Staying in the same status is no move and always allowed. */
    public boolean canMoveTo(ShadowStatus target) {
        return target == this || allowedNext().contains(target);
    }
}
