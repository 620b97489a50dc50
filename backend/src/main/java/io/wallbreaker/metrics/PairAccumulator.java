package io.wallbreaker.metrics;

/**
 * Folds one pair's requests into the team-pair metrics of docs/METRICS.md and wall index. Plain Java: fed
 * request by request from {@link RequestColumns}.
 */
final class PairAccumulator {

    int requests;
    int closed;
    final LongList leadTimes = new LongList();
    final LongList firstResponses = new LongList();
    long sumActiveClosed;
    long sumLeadClosed;
    int pingPongClosed;
    long handoffsClosed;
    int declined;
    int closedWithTarget;
    int breaches;
    int shadowSystems;

    /**
     * Adds one request as {@link RequestColumns} holds it: {@code leadTime} {@link RequestColumns#NONE}
     * while open, {@code firstResponse} NONE before any, {@code target} negative without an OLA target.
     */
    void add(
            int leadTime,
            int firstResponse,
            int active,
            int handoffs,
            boolean pingPong,
            boolean declined,
            long target) {
        requests++;
        if (firstResponse != RequestColumns.NONE) {
            firstResponses.add(firstResponse);
        }
        if (leadTime == RequestColumns.NONE) {
            return;
        }
        closed++;
        leadTimes.add(leadTime);
        sumActiveClosed += active;
        sumLeadClosed += leadTime;
        if (pingPong) {
            pingPongClosed++;
        }
        handoffsClosed += handoffs;
        if (declined) {
            this.declined++;
        }
        if (target >= 0) {
            closedWithTarget++;
            if (leadTime > target) {
                breaches++;
            }
        }
    }

    MetricsViews.Pair toPair(String requester, String responder, Long pairTarget, WallWeights weights) {
        Double p50 = leadTimes.percentile(0.50);
        Double p85 = leadTimes.percentile(0.85);
        Double p95 = leadTimes.percentile(0.95);
        Double flow = closed == 0 || sumLeadClosed == 0 ? null : (double) sumActiveClosed / sumLeadClosed;
        Double pingPongRate = closed == 0 ? null : (double) pingPongClosed / closed;
        Double meanHandoffs = closed == 0 ? null : (double) handoffsClosed / closed;
        Double declineRate = closed == 0 ? null : (double) declined / closed;
        Double breachRate = closedWithTarget == 0 ? null : (double) breaches / closedWithTarget;
        long target = pairTarget != null ? pairTarget : weights.defaultTargetSeconds();
        Double s1 = null;
        Double s2 = null;
        Double s3 = null;
        Double s4 = null;
        Double s5 = null;
        Double index = null;
        if (closed > 0) {
            s1 = Math.min(1.0, p85 / (4.0 * target));
            // No closed time at all (every request closed at the instant it opened): nothing waited.
            s2 = flow == null ? 0.0 : 1.0 - flow;
            s3 = pingPongRate;
            s4 = declineRate;
            s5 = Math.min(1.0, (double) shadowSystems / Math.max(1, closed) * 10);
            index = weights.index(s1, s2, s3, s4, s5);
        }
        return new MetricsViews.Pair(
                requester,
                responder,
                requests,
                closed,
                requests - closed,
                p50,
                p85,
                p95,
                firstResponses.percentile(0.50),
                flow,
                pingPongRate,
                meanHandoffs,
                declineRate,
                breachRate,
                shadowSystems,
                target,
                s1,
                s2,
                s3,
                s4,
                s5,
                index);
    }
}
