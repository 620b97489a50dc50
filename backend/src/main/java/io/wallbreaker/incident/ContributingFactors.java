package io.wallbreaker.incident;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.wallbreaker.common.SqlQuery;
import io.wallbreaker.common.Validator;
import jakarta.inject.Singleton;
import java.util.List;

/** The controlled list of contributing factors, kept in its own table so metrics can join on it. */
@Singleton
public class ContributingFactors {

    private final JdbcOperations jdbc;

    ContributingFactors(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<ContributingFactorView> all() {
        return SqlQuery.list(
                jdbc,
                "SELECT code, label, description FROM contributing_factor ORDER BY sort_order, code",
                List.of(),
                rs -> new ContributingFactorView(
                        rs.getString("code"), rs.getString("label"), rs.getString("description")));
    }

    /** Records an error naming {@code field} for every code not on the list. */
    void check(Validator v, String field, List<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        List<String> known = all().stream().map(ContributingFactorView::code).toList();
        for (String code : codes) {
            if (!known.contains(code)) {
                v.add(field, "unknown contributing factor '" + code + "'; one of " + String.join(", ", known));
            }
        }
    }
}
