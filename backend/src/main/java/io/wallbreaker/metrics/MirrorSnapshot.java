package io.wallbreaker.metrics;

import io.micronaut.core.annotation.Nullable;
import io.wallbreaker.incident.IncidentWallTime;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * {@link MetricsMirror} saved to a local file, so a restart reads a few tens of megabytes instead
 * of a million rows (on H2 that is the difference between a fraction of a second and tens of
 * seconds). The file records the last audit entry the mirror had applied, with its timestamp, and
 * the ids still outstanding: on restore the mirror checks that entry is still in the database
 * unchanged (a restored backup or another database makes the file worthless) and then follows the
 * audit trail from there, exactly as after any other change. A file that is unreadable, from
 * another format or fails its checksum is ignored and the mirror is read from the database.
 */
final class MirrorSnapshot {

    private static final int MAGIC = 0x57424D53; // "WBMS"
    private static final int FORMAT = 1;
    private static final long NULL_TIME = Long.MIN_VALUE;

    /** Everything the mirror holds, and where in the audit trail it stands. */
    record State(
            long lastAuditId,
            long lastAuditAtMs,
            List<Long> gaps,
            Map<Long, String> slugs,
            Map<String, Long> targets,
            RequestColumns requests,
            Map<Long, MetricsMirror.IncidentFact> incidents,
            Map<Long, MetricsMirror.ShadowFact> shadow) {}

    private MirrorSnapshot() {}

    /** Writes {@code state} to a temporary file beside {@code file}, then moves it over atomically. */
    static void write(Path file, State state) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            CRC32 crc = new CRC32();
            try (OutputStream raw = Files.newOutputStream(tmp);
                    DataOutputStream out = new DataOutputStream(
                            new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 20), crc))) {
                writeState(out, state);
                out.flush();
                // The checksum covers everything before it; written unchecked at the end.
                new DataOutputStream(raw).writeLong(crc.getValue());
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The saved state, or empty when there is no file; an exception when it cannot be trusted. */
    static Optional<State> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        // Read whole and parsed from memory: a million requests are about 50 MB, read in well under a second.
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 16) {
            throw new IOException("truncated");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (in.getLong(bytes.length - 8) != crc.getValue()) {
            throw new IOException("checksum mismatch");
        }
        in.limit(bytes.length - 8);
        try {
            State state = readState(in);
            if (in.hasRemaining()) {
                throw new IOException("trailing bytes");
            }
            return Optional.of(state);
        } catch (java.nio.BufferUnderflowException e) {
            throw new IOException("truncated", e);
        }
    }

    private static void writeState(DataOutputStream out, State s) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeLong(s.lastAuditId());
        out.writeLong(s.lastAuditAtMs());
        out.writeInt(s.gaps().size());
        for (long gap : s.gaps()) {
            out.writeLong(gap);
        }
        out.writeInt(s.slugs().size());
        for (Map.Entry<Long, String> e : s.slugs().entrySet()) {
            out.writeLong(e.getKey());
            writeString(out, e.getValue());
        }
        out.writeInt(s.targets().size());
        for (Map.Entry<String, Long> e : s.targets().entrySet()) {
            writeString(out, e.getKey());
            out.writeLong(e.getValue());
        }
        s.requests().writeTo(out);
        out.writeInt(s.incidents().size());
        for (MetricsMirror.IncidentFact i : s.incidents().values()) {
            out.writeLong(i.id());
            out.writeLong(i.detectedAt().toEpochMilli());
            writeTime(out, i.rootCauseAt());
            writeTime(out, i.resolvedAt());
            out.writeInt(i.teams().length);
            for (long t : i.teams()) {
                out.writeLong(t);
            }
            out.writeBoolean(i.wall() != null);
            if (i.wall() != null) {
                out.writeLong(i.wall().wallTimeSeconds());
                out.writeDouble(i.wall().wallShare());
                out.writeBoolean(i.wall().linked());
            }
        }
        out.writeInt(s.shadow().size());
        for (MetricsMirror.ShadowFact f : s.shadow().values()) {
            MetricsStore.ShadowRow r = f.row();
            out.writeLong(r.id());
            writeString(out, r.name());
            writeString(out, r.provider());
            out.writeLong(r.ownerId());
            writeString(out, r.classification());
            out.writeLong(r.firstLiveAt().toEpochMilli());
            out.writeLong(r.discoveredAt().toEpochMilli());
            writeString(out, r.method());
            writeString(out, r.status());
            out.writeInt(f.requests().length);
            for (long id : f.requests()) {
                out.writeLong(id);
            }
        }
    }

    private static State readState(ByteBuffer in) throws IOException {
        if (in.getInt() != MAGIC) {
            throw new IOException("not a metrics snapshot");
        }
        int format = in.getInt();
        if (format != FORMAT) {
            throw new IOException("snapshot format " + format + ", this version reads " + FORMAT);
        }
        long lastAuditId = in.getLong();
        long lastAuditAtMs = in.getLong();
        List<Long> gaps = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            gaps.add(in.getLong());
        }
        Map<Long, String> slugs = new HashMap<>();
        for (int i = count(in); i > 0; i--) {
            slugs.put(in.getLong(), readString(in));
        }
        Map<String, Long> targets = new HashMap<>();
        for (int i = count(in); i > 0; i--) {
            targets.put(readString(in), in.getLong());
        }
        RequestColumns requests = RequestColumns.readFrom(in);
        Map<Long, MetricsMirror.IncidentFact> incidents = new HashMap<>();
        for (int i = count(in); i > 0; i--) {
            long id = in.getLong();
            Instant detected = Instant.ofEpochMilli(in.getLong());
            Instant rootCause = readTime(in);
            Instant resolved = readTime(in);
            long[] teams = new long[count(in)];
            for (int t = 0; t < teams.length; t++) {
                teams[t] = in.getLong();
            }
            IncidentWallTime.WallTime wall = (in.get() != 0)
                    ? new IncidentWallTime.WallTime(in.getLong(), in.getDouble(), (in.get() != 0))
                    : null;
            incidents.put(id, new MetricsMirror.IncidentFact(id, detected, rootCause, resolved, teams, wall));
        }
        Map<Long, MetricsMirror.ShadowFact> shadow = new HashMap<>();
        for (int i = count(in); i > 0; i--) {
            MetricsStore.ShadowRow row = new MetricsStore.ShadowRow(
                    in.getLong(),
                    readString(in),
                    readString(in),
                    in.getLong(),
                    readString(in),
                    Instant.ofEpochMilli(in.getLong()),
                    Instant.ofEpochMilli(in.getLong()),
                    readString(in),
                    readString(in));
            long[] links = new long[count(in)];
            for (int l = 0; l < links.length; l++) {
                links[l] = in.getLong();
            }
            shadow.put(row.id(), new MetricsMirror.ShadowFact(row, links));
        }
        return new State(lastAuditId, lastAuditAtMs, gaps, slugs, targets, requests, incidents, shadow);
    }

    private static int count(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n < 0 || n > 50_000_000) {
            throw new IOException("implausible count " + n);
        }
        return n;
    }

    /** A string as its UTF-8 length and bytes (DataOutput's modified UTF-8 would need its own decoder). */
    static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(ByteBuffer in) throws IOException {
        int length = count(in);
        if (length > in.remaining()) {
            throw new IOException("truncated string");
        }
        String value = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }

    private static void writeTime(DataOutputStream out, @Nullable Instant t) throws IOException {
        out.writeLong(t == null ? NULL_TIME : t.toEpochMilli());
    }

    private static @Nullable Instant readTime(ByteBuffer in) {
        long ms = in.getLong();
        return ms == NULL_TIME ? null : Instant.ofEpochMilli(ms);
    }
}
