package io.wallbreaker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code ?sort=} rule on its own: parsing, the whitelist, the SQL it writes and the errors it reports. */
class SortingTest {

    enum Size {
        SMALL,
        LARGE
    }

    private static final Sorting.Fields FIELDS = Sorting.Fields.tieBreak("x.id")
            .add("key", "x.id")
            .text("title", "x.title")
            .ordinal("size", "x.size", Size.class)
            .add("openedAt", "x.opened_at")
            .reversed("ageSeconds", "x.opened_at")
            .byDefault("openedAt,desc");

    private static Sorting parse(String... values) {
        Validator v = new Validator();
        Sorting sorting = FIELDS.parse(Arrays.asList(values), v);
        v.throwIfInvalid();
        return sorting;
    }

    private static List<Problem.FieldError> errors(String... values) {
        Validator v = new Validator();
        FIELDS.parse(Arrays.asList(values), v);
        return v.errors();
    }

    @Test
    void shouldWriteNoNullsLastForANotNullColumnSoItsIndexServesBothDirections() {
        Sorting.Fields fields = Sorting.Fields.tieBreak("x.id")
                .required("openedAt", "x.opened_at")
                .add("closedAt", "x.closed_at")
                .byDefault("openedAt,desc");
        assertEquals("x.opened_at DESC, x.id DESC", fields.defaultOrder().orderBy());
        Validator v = new Validator();
        assertEquals(
                "x.closed_at ASC NULLS LAST, x.opened_at ASC, x.id ASC",
                fields.parse(List.of("closedAt,openedAt"), v).orderBy());
    }

    @Test
    void shouldUseTheDefaultWhenNothingOrOnlyBlanksAreGiven() {
        assertEquals("x.opened_at DESC NULLS LAST, x.id DESC", parse().orderBy());
        assertEquals("x.opened_at DESC NULLS LAST, x.id DESC", parse("", " ").orderBy());
        assertEquals(
                "x.opened_at DESC NULLS LAST, x.id DESC",
                FIELDS.parse(null, new Validator()).orderBy());
        assertEquals(List.of("openedAt,desc"), FIELDS.defaultOrder().fields());
    }

    @Test
    void shouldReadFieldAndDirectionAndEndWithTheIdInTheLastKeysDirection() {
        assertEquals("LOWER(x.title) ASC NULLS LAST, x.id ASC", parse("title").orderBy());
        assertEquals(
                "LOWER(x.title) ASC NULLS LAST, x.id ASC", parse("title,asc").orderBy());
        assertEquals(
                "LOWER(x.title) DESC NULLS LAST, x.id DESC", parse("title,DESC").orderBy());
        assertEquals(
                "LOWER(x.title) DESC NULLS LAST, x.id DESC",
                parse(" title , desc ").orderBy());
        assertEquals(
                "CASE x.size WHEN 'SMALL' THEN 0 WHEN 'LARGE' THEN 1 END DESC NULLS LAST, "
                        + "LOWER(x.title) ASC NULLS LAST, x.id ASC",
                parse("size,desc", "title").orderBy());
        assertEquals(
                List.of("size,desc", "title,asc"), parse("size,desc", "title").fields());
    }

    @Test
    void shouldReadOneCommaListOrRepeatedValuesAlike() {
        String expected = "CASE x.size WHEN 'SMALL' THEN 0 WHEN 'LARGE' THEN 1 END DESC NULLS LAST, "
                + "LOWER(x.title) ASC NULLS LAST, x.id ASC";
        assertEquals(expected, parse("size,desc,title").orderBy());
        assertEquals(expected, parse("size,desc", "title").orderBy());
        assertEquals(expected, parse("size", "desc", "title").orderBy(), "as the framework splits it");
        assertEquals(expected, parse("size,desc,title,asc").orderBy());
    }

    @Test
    void shouldNotRepeatTheIdWhenAKeyIsTheIdItself() {
        assertEquals("x.id DESC NULLS LAST", parse("key,desc").orderBy());
    }

    @Test
    void shouldSortAReversedFieldTheOtherWayInSql() {
        assertEquals(
                "x.opened_at DESC NULLS LAST, x.id DESC",
                parse("ageSeconds,asc").orderBy());
        assertEquals(
                "x.opened_at ASC NULLS LAST, x.id ASC", parse("ageSeconds,desc").orderBy());
        assertEquals(List.of("ageSeconds,asc"), parse("ageSeconds").fields());
    }

    @Test
    void shouldNameSortForEveryBadValue() {
        List<Problem.FieldError> unknown = errors("nope,asc");
        assertEquals(1, unknown.size());
        assertEquals("sort", unknown.get(0).field());
        assertTrue(unknown.get(0).message().contains("'nope'"), unknown.toString());
        assertTrue(unknown.get(0).message().contains("key, title, size, openedAt, ageSeconds"), unknown.toString());

        List<Problem.FieldError> direction = errors("title,up");
        assertEquals("sort", direction.get(0).field());
        assertTrue(direction.get(0).message().contains("asc or desc"), direction.toString());

        assertEquals("sort", errors("title,asc,desc").get(0).field());
        assertEquals("sort", errors(",asc").get(0).field());
        assertEquals("sort", errors("title", "title,desc").get(0).field());
        assertEquals(1, errors("nope,desc").size(), "one error for one bad field and its direction");
        assertEquals(1, errors("title,up").size());
        assertEquals(2, errors("nope", "title,sideways").size(), "every bad value is reported");
    }

    @Test
    void shouldNeverWriteTheCallersTextIntoSql() {
        assertEquals("sort", errors("x.id; DROP TABLE x").get(0).field());
        assertEquals("sort", errors("title,asc; DELETE FROM x").get(0).field());
    }

    @Test
    void shouldRefuseABadWhitelistAtStart() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Sorting.Fields.tieBreak("id").add("a", "a").byDefault("b"));
        assertThrows(
                IllegalArgumentException.class,
                () -> Sorting.Fields.tieBreak("id").add("a", "a").add("a", "b"));
        assertThrows(IllegalArgumentException.class, Sorting.Fields::tieBreak);
    }

    @Test
    void shouldCheckPageSizeAndSortTogether() {
        ApiException e = assertThrows(ApiException.class, () -> Paging.of(-1, 0, List.of("nope"), FIELDS));
        Problem problem = e.toProblem(null);
        assertEquals(
                List.of("page", "size", "sort"),
                problem.errors().stream().map(Problem.FieldError::field).toList());
        Paging ok = Paging.of(2, 10, List.of("title,desc"), FIELDS);
        assertEquals(20, ok.offset());
        assertEquals(List.of("title,desc"), ok.sorting().fields());
    }
}
