package io.wallbreaker.postmortem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlamelessCheckerTest {

    private static final BlamelessChecker CHECKER = BlamelessChecker.fromClasspath();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The outage was human error.",
                "It was HUMAN ERROR again.",
                "Classic human-error during the deploy.",
                "This was operator error.",
                "It was Bob's fault.",
                "It was Dana’s fault that the job ran.",
                "The outage was the fault of the on-call engineer.",
                "Ops was at fault here.",
                "They should have checked the cache.",
                "He shouldn't have deployed on Friday.",
                "We should've known.",
                "The engineer failed to run the migration.",
                "A careless change to the config.",
                "Carelessly merged.",
                "A negligent review.",
                "Negligence in the process.",
                "Nobody didn't bother to read the runbook.",
                "They did not bother to check.",
                "An incompetent deploy.",
                "We do not blame anyone, but still.",
                "Ops blamed Dev.",
                "Root cause: Bob",
                "root cause: Bob.",
                "The root cause was Bob, who deployed.",
                "Root cause is Carol",
                "The outage was caused by Alice.",
                "Caused by Alice when she merged.",
                "The regression was triggered by Mallory's change.",
                "A sloppy rollout.",
                "Someone dropped the ball.",
                "Dev forgot to clear the cache.",
                "Support ignored the alerts.",
                "It could easily have prevented the outage.",
                "Obviously the cache was wrong."
            })
    void shouldFlagBlamingLanguageWhenPresentInProse(String markdown) {
        List<BlamelessChecker.Finding> findings = CHECKER.check(markdown);
        assertEquals(1, findings.size(), markdown + " → " + findings);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Use `human error` as an example of what not to write.",
                "The field ``should have`` double backticks.",
                "```\nERROR job failed to connect: human error\n```",
                "~~~text\nthey should have known\n~~~",
                "Before:\n\n    log: failed to connect (human error)\n    careless\n\nAfter.",
                "> failed to connect to db: blame the network",
                "  > quoted: should have retried",
                "2026-03-02T09:30:00Z ERROR failed to connect to orders-db",
                "2026-03-02 09:30:01 WARN retry should have succeeded",
                "ERROR OrderService failed to reconcile order 1",
                "[INFO] careless mode disabled",
                "He hurt his shoulder.",
                "A blameless postmortem.",
                "The fault tolerance layer and a faulty disk.",
                "The root cause was an improperly cleared cache value.",
                "Root cause: Redis eviction under memory pressure.",
                "Caused by Kafka.",
                "Caused by a race condition.",
                "Root cause: The cache outlived the update.",
                "Root cause: Improperly cleared cache values in OrderCache.",
                "Mitigated by Operations.",
                "- Steps taken:\n  ```\n  they should have known: human error\n  ```\n- Next step.",
                "1. Repro:\n\n       careless retry loop\n\n2. Fixed.",
                "- > quoted in a list: should have retried"
            })
    void shouldNotFlagTextWhenItIsQuotedCodeOrInnocent(String markdown) {
        assertEquals(List.of(), CHECKER.check(markdown), markdown);
    }

    @Test
    void shouldFlagProseAfterACodeFenceOpenedInAListItem() {
        String markdown = "- Steps:\n  ```\n  human error\n  ```\n\nIt was operator error.";
        List<BlamelessChecker.Finding> findings = CHECKER.check(markdown);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(6, findings.get(0).line());
    }

    @Test
    void shouldReportOneBasedLineAndColumnWhenFindingsAreOnLaterLines() {
        String markdown = "# Title\n\nFirst line is fine.\nThen we  should have\n   blamed `careless` nobody.";
        List<BlamelessChecker.Finding> findings = CHECKER.check(markdown);
        assertEquals(2, findings.size(), findings.toString());
        assertEquals(4, findings.get(0).line());
        assertEquals(10, findings.get(0).column());
        assertEquals("should have", findings.get(0).phrase());
        assertEquals(5, findings.get(1).line());
        assertEquals(4, findings.get(1).column());
        assertEquals("blamed", findings.get(1).phrase());
        assertTrue(!findings.get(0).reason().isBlank()
                && !findings.get(0).suggestion().isBlank());
    }

    @Test
    void shouldFindPhraseWhenItSpansASoftLineBreak() {
        List<BlamelessChecker.Finding> findings = CHECKER.check("It was human\nerror.");
        assertEquals(1, findings.size());
        assertEquals(1, findings.get(0).line());
        assertEquals(8, findings.get(0).column());
    }

    @Test
    void shouldCheckProseAgainWhenAFencedBlockCloses() {
        String markdown = "```\nshould have\n```\nwe failed to notice";
        List<BlamelessChecker.Finding> findings = CHECKER.check(markdown);
        assertEquals(1, findings.size());
        assertEquals(4, findings.get(0).line());
        assertEquals(4, findings.get(0).column());
    }

    @Test
    void shouldFindNothingWhenCheckingTheTemplate() {
        assertEquals(List.of(), CHECKER.check(PostmortemService.TEMPLATE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bob's mistake caused this.",
                "It was Priya’s error.",
                "Mostly Dana's fault.",
                "Tom's careless screw-up took the site down.",
                "A typo by Frank.",
                "Then Bob forgot the flag.",
                "Alice ignored the pager.",
                "Carol dropped the ball on the rollout.",
                "Dave didn't check the dashboard.",
                "Erin messed up the config."
            })
    void shouldFlagAPersonOwningOrCommittingAFailure(String markdown) {
        List<BlamelessChecker.Finding> findings = CHECKER.check(markdown);
        assertEquals(1, findings.size(), markdown + " → " + findings);
        assertTrue(!findings.get(0).suggestion().isBlank());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Kafka's error rate rose.",
                "Stripe's error responses were retried.",
                "The deploy's error budget ran out.",
                "Postgres's error log shows nothing.",
                "`Bob's mistake` is the name of a test fixture.",
                "> Bob's mistake, said the ticket.",
                "```\nBob forgot to rotate\n```",
                "2026-03-02T09:30:00Z ERROR Alice ignored the retry",
                "Bob restarted the service and the error stopped.",
                "Operations ignored nothing; the alert went to a muted channel."
            })
    void shouldNotFlagSystemsQuotesCodeOrNeutralSentencesWithNames(String markdown) {
        assertEquals(List.of(), CHECKER.check(markdown), markdown);
    }

    @Test
    void shouldFlagTheUsersNamesAsTheSubjectOfAFailureVerb() {
        List<String> users = List.of("larry", "Larry (head of Product Dev)", "Daryl Ops-Lead", "Operations");
        assertEquals(1, CHECKER.check("Larry broke the deploy.", users).size());
        assertEquals(
                1,
                CHECKER.check("The change Daryl Ops-Lead caused was reverted.", users)
                        .size());
        assertEquals(1, CHECKER.check("daryl missed the page at 02:00.", users).size());
        assertEquals(List.of(), CHECKER.check("Larry broke the deploy.", List.of()), "a name nobody has");
        assertEquals(List.of(), CHECKER.check("Larry fixed the deploy.", users));
        assertEquals(List.of(), CHECKER.check("`Larry broke` is a test name.", users));
        assertEquals(
                List.of(),
                CHECKER.check("Operations caused nothing here.", users),
                "a display name that is a system word is not a person");
    }

    @Test
    void shouldFindNothingWhenCheckingTheStoryPostmortem() {
        String story = PostmortemService.storyMarkdown();
        assertTrue(story.contains("improperly") || story.contains("not cleared"), "the story's root cause is told");
        assertEquals(List.of(), CHECKER.check(story));
    }

    @Test
    void shouldMatchLiteralPhrasesAsWholeWordsWhenBuildingTheirPattern() {
        assertEquals("\\b\\Qfailed\\E[\\s*_]+\\Qto\\E\\b", BlamelessChecker.phraseRegex("failed to"));
    }
}
