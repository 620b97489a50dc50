package io.wallbreaker.metrics;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every request's metric inputs, held column by column in primitive arrays indexed by request id:
 * a million requests take about 40 MB and a scan over all of them a few milliseconds, where a
 * million row objects would take several times that and every full recompute used to re-read the
 * table (seconds). Figures are the stored, rounded ones of the {@code cross_request} row, the
 * same values the request pages show. Not thread-safe: {@link MetricsMirror} guards it.
 */
final class RequestColumns {

    /** A figure that is not there (a lead time of an open request). */
    static final int NONE = -1;

    /** One request as read from its row; durations in rounded seconds, {@code null} when absent. */
    record Row(
            long id,
            long requesterId,
            long responderId,
            String kind,
            long openedAtMs,
            Long leadTime,
            Long firstResponse,
            long active,
            int handoffs,
            boolean pingPong,
            boolean declined,
            Long incidentId) {}

    private static final byte PRESENT = 1;
    private static final byte PING_PONG = 2;
    private static final byte DECLINED = 4;

    private int capacity;
    private int count;
    private long maxId;
    private byte[] flags = new byte[0];
    private long[] openedAtMs = new long[0];
    private int[] requester = new int[0];
    private int[] responder = new int[0];
    private byte[] kind = new byte[0];
    private int[] lead = new int[0];
    private int[] firstResponse = new int[0];
    private int[] active = new int[0];
    private int[] handoffs = new int[0];
    private int[] incident = new int[0];
    private final List<String> kinds = new ArrayList<>();
    private final Map<String, Byte> kindCodes = new HashMap<>();

    int count() {
        return count;
    }

    /** One past the highest id ever stored: loops run {@code for (id = 0; id < end(); id++) if (present(id))}. */
    int end() {
        return (int) Math.min(capacity, maxId + 1);
    }

    boolean present(int id) {
        return (flags[id] & PRESENT) != 0;
    }

    long openedAtMs(int id) {
        return openedAtMs[id];
    }

    int requester(int id) {
        return requester[id];
    }

    int responder(int id) {
        return responder[id];
    }

    String kind(int id) {
        return kinds.get(kind[id]);
    }

    /** Lead time in seconds, or {@link #NONE} while open. */
    int lead(int id) {
        return lead[id];
    }

    /** First-response time in seconds, or {@link #NONE} before any. */
    int firstResponse(int id) {
        return firstResponse[id];
    }

    int active(int id) {
        return active[id];
    }

    int handoffs(int id) {
        return handoffs[id];
    }

    boolean pingPong(int id) {
        return (flags[id] & PING_PONG) != 0;
    }

    boolean declined(int id) {
        return (flags[id] & DECLINED) != 0;
    }

    /** The linked incident's id, or 0. */
    int incident(int id) {
        return incident[id];
    }

    /** Stores (or replaces) {@code row}. */
    void put(Row row) {
        int id = index(row.id());
        ensureCapacity(id + 1);
        if (!present(id)) {
            count++;
        }
        maxId = Math.max(maxId, id);
        flags[id] = (byte) (PRESENT | (row.pingPong() ? PING_PONG : 0) | (row.declined() ? DECLINED : 0));
        openedAtMs[id] = row.openedAtMs();
        requester[id] = index(row.requesterId());
        responder[id] = index(row.responderId());
        kind[id] = kindCode(row.kind());
        lead[id] = seconds(row.leadTime());
        firstResponse[id] = seconds(row.firstResponse());
        active[id] = seconds(row.active());
        handoffs[id] = row.handoffs();
        incident[id] = row.incidentId() == null ? 0 : index(row.incidentId());
    }

    /** Forgets a request that is no longer there. */
    void remove(long requestId) {
        if (requestId < capacity && present((int) requestId)) {
            flags[(int) requestId] = 0;
            incident[(int) requestId] = 0;
            count--;
        }
    }

    /** Writes every stored request, compactly, for {@link MirrorSnapshot}. */
    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(kinds.size());
        for (String k : kinds) {
            MirrorSnapshot.writeString(out, k);
        }
        out.writeInt(count);
        for (int id = 0, end = end(); id < end; id++) {
            if (present(id)) {
                out.writeInt(id);
                out.writeByte(flags[id]);
                out.writeLong(openedAtMs[id]);
                out.writeInt(requester[id]);
                out.writeInt(responder[id]);
                out.writeByte(kind[id]);
                out.writeInt(lead[id]);
                out.writeInt(firstResponse[id]);
                out.writeInt(active[id]);
                out.writeInt(handoffs[id]);
                out.writeInt(incident[id]);
            }
        }
    }

    /** Reads what {@link #writeTo} wrote. */
    static RequestColumns readFrom(ByteBuffer in) throws IOException {
        RequestColumns c = new RequestColumns();
        int kindCount = in.getInt();
        if (kindCount < 0 || kindCount > Byte.MAX_VALUE) {
            throw new IOException("implausible kind count " + kindCount);
        }
        for (int i = 0; i < kindCount; i++) {
            c.kindCode(MirrorSnapshot.readString(in));
        }
        int n = in.getInt();
        if (n < 0 || (long) n * 41 > in.remaining()) {
            throw new IOException("implausible request count " + n);
        }
        int previous = -1;
        for (int i = 0; i < n; i++) {
            int id = in.getInt();
            if (id <= previous) {
                throw new IOException("request ids out of order");
            }
            previous = id;
            c.ensureCapacity(id + 1);
            c.maxId = Math.max(c.maxId, id);
            c.flags[id] = (byte) (in.get() | PRESENT);
            c.openedAtMs[id] = in.getLong();
            c.requester[id] = in.getInt();
            c.responder[id] = in.getInt();
            byte k = in.get();
            if (k < 0 || k >= kindCount) {
                throw new IOException("kind code " + k + " out of range");
            }
            c.kind[id] = k;
            c.lead[id] = in.getInt();
            c.firstResponse[id] = in.getInt();
            c.active[id] = in.getInt();
            c.handoffs[id] = in.getInt();
            c.incident[id] = in.getInt();
            c.count++;
        }
        return c;
    }

    private byte kindCode(String name) {
        Byte code = kindCodes.get(name);
        if (code == null) {
            if (kinds.size() == Byte.MAX_VALUE) {
                throw new IllegalStateException("more than " + Byte.MAX_VALUE + " request kinds");
            }
            code = (byte) kinds.size();
            kinds.add(name);
            kindCodes.put(name, code);
        }
        return code;
    }

    private void ensureCapacity(int needed) {
        if (needed <= capacity) {
            return;
        }
        int grown = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, capacity + (capacity >> 1) + 1024L));
        flags = Arrays.copyOf(flags, grown);
        openedAtMs = Arrays.copyOf(openedAtMs, grown);
        requester = Arrays.copyOf(requester, grown);
        responder = Arrays.copyOf(responder, grown);
        kind = Arrays.copyOf(kind, grown);
        lead = Arrays.copyOf(lead, grown);
        firstResponse = Arrays.copyOf(firstResponse, grown);
        active = Arrays.copyOf(active, grown);
        handoffs = Arrays.copyOf(handoffs, grown);
        incident = Arrays.copyOf(incident, grown);
        capacity = grown;
    }

    /** Ids index the arrays directly: identity columns count up from 1 without large holes. */
    static int index(long id) {
        if (id < 0 || id >= Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("id " + id + " is outside what the metrics mirror can index");
        }
        return (int) id;
    }

    private static int seconds(Long value) {
        if (value == null) {
            return NONE;
        }
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new IllegalStateException("a stored request figure of " + value + " s is out of range");
        }
        return (int) (long) value;
    }
}
