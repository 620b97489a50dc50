package io.wallbreaker.discovery;

import java.util.Arrays;
import java.util.List;

/** One identifier of a known system or an inventory item. */
record Identifier(IdKind kind, String value) {

    /** As stored with an inventory item: one {@code KIND value} per line. */
    static String write(List<Identifier> ids) {
        return String.join(
                "\n", ids.stream().map(i -> i.kind().name() + " " + i.value()).toList());
    }

    static List<Identifier> read(String stored) {
        return Arrays.stream(stored.split("\n"))
                .filter(l -> l.indexOf(' ') > 0)
                .map(l ->
                        new Identifier(IdKind.valueOf(l.substring(0, l.indexOf(' '))), l.substring(l.indexOf(' ') + 1)))
                .toList();
    }
}
