package org.examengine.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.examengine.grid.Grid;
import org.examengine.grid.Group;
import org.examengine.grid.Phrase;
import org.examengine.grid.Point;
import org.examengine.source.Origin;
import org.examengine.source.SourceLocation;
import org.examengine.text.TestWords;
import org.examengine.text.TextAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The marker on answers a candidate would write. */
class MarkerTest {

    private static final SourceLocation AT = SourceLocation.startOf("grid.yaml");
    private static final Origin ORIGIN = new Origin(AT, Map.of());

    private final TextAnalysis analysis = new TextAnalysis("cupboard, cabinet\nface to face, in person\n", "synonyms.txt");
    private final GridMarker marker = new GridMarker(analysis, TestWords.ENGLISH);

    @AfterEach
    void close() {
        analysis.close();
    }

    private static Point point(String id, String group, String... accept) {
        return new Point(id, 1, group, null, List.of(accept).stream().map(a -> new Phrase(a, AT)).toList(), ORIGIN);
    }

    private static Grid grid(int max, Map<String, Group> groups, List<String> reject, Point... points) {
        return new Grid("Q1", max, groups, List.of(points), List.of(), reject.stream().map(r -> new Phrase(r, AT)).toList(),
                List.of(), null, List.of(), ORIGIN);
    }

    private final Grid records = grid(3, Map.of("storage", new Group("storage", 2, AT)), List.of("keep it secret"),
            point("passwords", null, "password protect files", "lock the screen"),
            point("locked", "storage", "locked cabinet", "lock paper files away"),
            point("shredding", "storage", "shred old records", "shred records"),
            point("identity", null, "check identity"));

    private QuestionMark mark(Grid grid, String answer) {
        return marker.mark(grid, null, answer);
    }

    @Test
    void creditsPhrasesInAnyOrderWithinASegmentWithTheSpanThatEarnedIt() {
        String answer = "All records get shredded";
        QuestionMark result = mark(records, answer);
        assertThat(result.mark()).isEqualTo(1);
        Evidence e = result.credited().get(0);
        assertThat(e.point()).isEqualTo("shredding");
        assertThat(e.phrase()).isEqualTo("shred records");
        assertThat(answer.substring(e.start(), e.end())).isEqualTo("records get shredded");
        assertThat(e.kind()).isEqualTo(MatchKind.STEM);
        assertThat(result.confidence()).isEqualTo(QuestionMark.Confidence.SURE);
    }

    @Test
    void exactWordsAreAnExactMatch() {
        assertThat(mark(records, "check identity").credited().get(0).kind()).isEqualTo(MatchKind.EXACT);
    }

    @Test
    void aThesaurusWordIsASynonymMatch() {
        QuestionMark result = mark(records, "keep them in a locked cupboard");
        assertThat(result.mark()).isEqualTo(1);
        assertThat(result.credited().get(0).kind()).isEqualTo(MatchKind.SYNONYM);
    }

    @Test
    void multiWordSynonymsCredit() {
        Grid methods = grid(1, Map.of(), List.of(), point("face", null, "face to face"));
        assertThat(mark(methods, "talk to them in person").mark()).isEqualTo(1);
    }

    @Test
    void americanSpellingEarnsTheBritishPhrase() {
        Grid g = grid(1, Map.of(), List.of(), point("behaviour", null, "positive behaviour"));
        assertThat(mark(g, "positive behavior").mark()).isEqualTo(1);
    }

    @Test
    void wordsSplitAcrossSegmentsDoNotMatch() {
        assertThat(mark(records, "check the till. Identity cards are worn").mark()).isZero();
    }

    @Test
    void wordsTooFarApartInOneSegmentDoNotMatch() {
        assertThat(mark(records, "check that the new starter has read every notice about identity").mark()).isZero();
    }

    @Test
    void groupCapAndMaxLimitTheMark() {
        assertThat(mark(records, "shred records, use a locked cabinet, lock the screen, check identity").mark()).isEqualTo(3);
        assertThat(mark(records, "shred records, use a locked cabinet").mark()).isEqualTo(2);
    }

    @Test
    void negatedAnswerDoesNotEarnAPlainPhraseAndIsSentToReview() {
        QuestionMark result = mark(records, "don't check identity");
        assertThat(result.mark()).isZero();
        assertThat(result.reasons()).contains(ReviewReason.NEGATION);
        assertThat(mark(records, "never check identity").mark()).isZero();
    }

    @Test
    void aNegationReachesAcrossOrButNotAcrossButOrAnd() {
        Grid g = grid(2, Map.of(), List.of(), point("listen", null, "listen"), point("calm", null, "stay calm"));
        assertThat(mark(g, "don't shout or listen").mark()).isZero();
        assertThat(mark(g, "say you don't know and listen").mark()).isEqualTo(1);
        assertThat(mark(g, "don't shout but listen and stay calm").mark()).isEqualTo(2);
        assertThat(mark(g, "don't shout - listen and stay calm").mark()).isEqualTo(2);
        assertThat(mark(g, "don't shout or listen - or stay calm").mark()).isEqualTo(1);
    }

    @Test
    void aNegationStopsAtSoAndWhereOrStartsANewClause() {
        Grid g = grid(2, Map.of(), List.of(), point("interest", null, "not interested"), point("lying", null, "lying"),
                point("complain", null, "complain"));
        assertThat(mark(g, "they might think you are not interested or that you are lying").mark()).isEqualTo(2);
        assertThat(mark(g, "they will think she is not interested or will complain").mark()).isEqualTo(2);
        assertThat(mark(g, "she is not lying or complaining").mark()).isZero();
        Grid relies = grid(1, Map.of(), List.of(), point("relies", null, "relies on body language"));
        assertThat(mark(relies, "he cannot hear so he relies on her body language").mark()).isEqualTo(1);
        Grid elsewhere = grid(1, Map.of(), List.of(), point("elsewhere", null, "go elsewhere"));
        assertThat(mark(elsewhere, "if the bank doesnt keep up they will go elsewhere").mark()).isEqualTo(1);
        assertThat(mark(elsewhere, "so customers don't go elsewhere").mark()).isZero();
        Grid late = grid(1, Map.of(), List.of(), point("late", null, "parcels late"));
        assertThat(mark(late, "they cannot deliver on Saturdays so parcels will be late").mark()).isEqualTo(1);
        assertThat(mark(relies, "he can't hear tone so relies on her body language").mark()).isEqualTo(1);
        Grid rude = grid(2, Map.of(), List.of(), point("rude", null, "seen as rude"), point("offend", null, "offend"));
        assertThat(mark(rude, "some cultures don't make eye contact which is seen as rude here").mark()).isEqualTo(1);
        assertThat(mark(rude, "if you dont recognise the differences you may offend someone").mark()).isEqualTo(1);
        Grid secret = grid(1, Map.of(), List.of(), point("confidential", null, "confidential"));
        assertThat(mark(secret, "checked his ID and not given the result as it's confidential").mark()).isEqualTo(1);
        assertThat(mark(secret, "not given out because there is a confidential policy").mark()).isEqualTo(1);
        assertThat(mark(secret, "it is not confidential").mark()).isZero();
    }

    @Test
    void aNegatedPhraseMayHoldItsNegationAfterItsFirstWord() {
        Grid extra = grid(1, Map.of(), List.of(), point("unasked", null, "something they did not ask for"));
        assertThat(mark(extra, "selling them something they did not ask for").mark()).isEqualTo(1);
        assertThat(mark(extra, "something they asked for").mark()).isZero();
        Grid unmet = grid(1, Map.of(), List.of(), point("unmet", null, "not what they expected"));
        assertThat(mark(unmet, "the product did not live up to what they expected").mark()).isEqualTo(1);
        Grid damage = grid(1, Map.of(), List.of(), point("damage", null, "check for damage"));
        assertThat(mark(damage, "ask what they need it for and check it is not damaged").mark()).isEqualTo(1);
        Grid deaf = grid(1, Map.of(), List.of(), point("deaf", null, "can not hear"));
        assertThat(mark(deaf, "he cannot hear").mark()).isEqualTo(1);
        assertThat(mark(deaf, "he can't hear her").mark()).isEqualTo(1);
    }

    @Test
    void theNoOfYesOrNoNegatesNothingAfterIt() {
        Grid g = grid(1, Map.of(), List.of(), point("show", null, "show the address"));
        assertThat(mark(g, "ask yes or no questions and ask her to show you the address").mark()).isEqualTo(1);
        assertThat(mark(g, "ask yes/no questions, show the address").mark()).isEqualTo(1);
        assertThat(mark(g, "ask her, no need to show the address").mark()).isZero();
    }

    @Test
    void negativesWrittenWithoutTheApostropheStillNegate() {
        Grid manners = grid(1, Map.of(), List.of(), point("no_interrupt", null, "do not interrupt"));
        assertThat(mark(manners, "listen, be polite, dont interrupt").mark()).isEqualTo(1);
        Grid argue = grid(1, Map.of(), List.of(), point("argue", null, "argue"));
        assertThat(mark(argue, "you cant argue with them").mark()).isZero();
    }

    @Test
    void negatedPhraseNeedsANegatedAnswer() {
        Grid manners = grid(1, Map.of(), List.of(), point("no_interrupt", null, "do not interrupt"));
        assertThat(mark(manners, "Never interrupt the customer").mark()).isEqualTo(1);
        assertThat(mark(manners, "don\u2019t interrupt").mark()).isEqualTo(1);
        assertThat(mark(manners, "interrupt them to save time").mark()).isZero();
    }

    @Test
    void yesOrNoIsNotANegatedPhrase() {
        Grid closed = grid(1, Map.of(), List.of(), point("closed", null, "yes or no"));
        assertThat(mark(closed, "questions with a yes or no answer").mark()).isEqualTo(1);
    }

    @Test
    void oneStretchOfWordsCreditsOnePointOnly() {
        Grid twice = grid(2, Map.of(), List.of(), point("a", null, "eye contact"), point("b", null, "eye contact"));
        assertThat(mark(twice, "eye contact").mark()).isEqualTo(1);
        assertThat(mark(twice, "eye contact, and eye contact again").mark()).isEqualTo(2);
    }

    @Test
    void rejectedWordsCreditNothingAndAreReviewed() {
        Grid secret = grid(1, Map.of(), List.of("keep it secret"), point("secret", null, "keep secret"));
        QuestionMark result = mark(secret, "keep it secret");
        assertThat(result.mark()).isZero();
        assertThat(result.reasons()).contains(ReviewReason.REJECTED_PHRASE);
    }

    @Test
    void copyingTheQuestionEarnsNothing() {
        Grid g = grid(1, Map.of(), List.of(), point("records", null, "customer records confidential"));
        String stem = "State how staff keep customer records confidential.";
        QuestionMark copied = marker.mark(g, stem, "staff keep customer records confidential");
        assertThat(copied.mark()).isZero();
        assertThat(copied.reasons()).contains(ReviewReason.COPIED_STEM);
        // restating the question before answering it is not worth a look on that ground
        QuestionMark restated = marker.mark(g, stem, "Staff keep customer records confidential by locking the "
                + "filing cabinet, using passwords on every computer and shredding old letters");
        assertThat(restated.reasons()).doesNotContain(ReviewReason.COPIED_STEM);
    }

    @Test
    void aCopiedRunHoldsEachWordOnce() {
        Grid g = grid(1, Map.of(), List.of(), point("says", null, "what your body says"));
        String stem = "State what is meant by body language.";
        assertThat(marker.mark(g, stem, "body language is what your body says").mark()).isEqualTo(1);
    }

    @Test
    void aNearMissIsSentToReviewWhenCreditingItWouldChangeTheMark() {
        QuestionMark result = mark(records, "shred the old paperwork");
        assertThat(result.mark()).isZero();
        assertThat(result.reasons()).contains(ReviewReason.NEAR_MISS);
        // with storage capped at one mark and earned already, nearly shredding old records could add nothing
        Grid oneForStorage = grid(2, Map.of("storage", new Group("storage", 1, AT)), List.of(),
                point("locked", "storage", "locked cabinet"),
                point("shredding", "storage", "shred old records"),
                point("identity", null, "check identity"));
        QuestionMark capped = mark(oneForStorage, "Use a locked cabinet. Shred the old paperwork.");
        assertThat(capped.mark()).isEqualTo(1);
        assertThat(capped.reasons()).doesNotContain(ReviewReason.NEAR_MISS);
    }

    @Test
    void manyUnmatchedWordsBesideSomeCreditAreSentToReview() {
        // one point found, and a lot more said in words the grid does not have: an examiner may credit more
        QuestionMark result = mark(records, "Check identity. I would make sure that nobody else could ever get hold "
                + "of the private details we hold about people, keeping their information safe from strangers and thieves");
        assertThat(result.mark()).isEqualTo(1);
        assertThat(result.reasons()).contains(ReviewReason.UNMATCHED_WORDS);
        // a long answer that earned nothing is usually simply wrong, and a short one is not worth a look on that ground
        assertThat(mark(records, "I would make sure that nobody else could ever get hold of the private details we "
                + "hold about people, keeping their information safe from strangers and thieves").reasons())
                .doesNotContain(ReviewReason.UNMATCHED_WORDS);
        assertThat(mark(records, "check identity and keep private details safe").reasons())
                .doesNotContain(ReviewReason.UNMATCHED_WORDS);
    }

    @Test
    void emptyAndWhitespaceAnswersGetNothing() {
        for (String blank : new String[] {"", "   ", "\n\t"}) {
            QuestionMark result = mark(records, blank);
            assertThat(result.mark()).isZero();
            assertThat(result.credited()).isEmpty();
        }
    }

    @Test
    void veryLongAnswersAreMarkedAndReviewed() {
        String answer = "check identity. " + "I would always do my best for every single person. ".repeat(60);
        QuestionMark result = mark(records, answer);
        assertThat(result.mark()).isEqualTo(1);
        assertThat(result.reasons()).contains(ReviewReason.OVER_LONG);
    }

    @Test
    void nonLatinTextAndEmojiAreMarkedNeverACrash() {
        assertThat(mark(records, "проверить личность 😀 確認する").mark()).isZero();
        String answer = "😀 check identity 👍";
        QuestionMark result = mark(records, answer);
        assertThat(result.mark()).isEqualTo(1);
        assertThat(answer.substring(result.credited().get(0).start(), result.credited().get(0).end())).isEqualTo("check identity");
    }

    private static Point point(String id, int marks, String needs, String... accept) {
        return new Point(id, marks, null, needs, List.of(accept).stream().map(a -> new Phrase(a, AT)).toList(), ORIGIN);
    }

    private final Grid apology = grid(2, Map.of(), List.of(),
            point("apologise", null, "apologise sincerely"),
            point("receive", null, "receive the complaint"));

    @Test
    void aMisspeltWordCreditsItsPointAndGoesToReview() {
        QuestionMark result = mark(apology, "I would recieve the complaint and apologize sincerly");
        assertThat(result.mark()).isEqualTo(2);
        assertThat(result.credited()).extracting(Evidence::kind).containsOnly(MatchKind.SPELLING);
        assertThat(result.reasons()).contains(ReviewReason.SPELLING);
    }

    @Test
    void aRealWordIsNeverTakenForAnotherOne() {
        // "deceive" is one letter from "receive" and "sincere" is a word: neither is a misspelling
        assertThat(mark(apology, "deceive the complaint").mark()).isZero();
        Grid shops = grid(1, Map.of(), List.of(), point("stock", null, "check stock levels"));
        assertThat(mark(shops, "check stack levels").mark()).isZero();
        assertThat(mark(shops, "chek stock levles").mark()).isEqualTo(1);
    }

    @Test
    void aWordNetSynonymTheGridLacksEarnsNothingButIsSentToReview() {
        Grid money = grid(2, Map.of(), List.of(), point("refund", null, "offer a refund"), point("sorry", null, "apologise"));
        // WordNet gives "repay" for "refund"; the thesaurus does not, so an examiner decides
        QuestionMark related = mark(money, "I would apologise and offer to repay them");
        assertThat(related.mark()).isEqualTo(1);
        assertThat(related.reasons()).contains(ReviewReason.RELATED_WORD);
        QuestionMark listed = mark(money, "I would apologise and offer a refund");
        assertThat(listed.mark()).isEqualTo(2);
        assertThat(listed.reasons()).doesNotContain(ReviewReason.RELATED_WORD);
        // only where it would change the mark: here the point is earned already
        assertThat(mark(money, "apologise, offer a refund and offer to repay").reasons())
                .doesNotContain(ReviewReason.RELATED_WORD);
    }

    @Test
    void shortWordsAreNotCorrected() {
        Grid rude = grid(1, Map.of(), List.of(), point("tone", null, "tone"));
        assertThat(mark(rude, "the tine of voice").mark()).isZero();
    }

    @Test
    void marksByCountMapsThePointsTotalToTheMark() {
        Grid steps = new Grid("Q1", 3, Map.of(), List.of(point("a", null, "greet"), point("b", null, "listen"),
                point("c", null, "apologise"), point("d", null, "refund")), List.of(0, 1, 1, 2, 3), List.of(),
                List.of(), null, List.of(), ORIGIN);
        assertThat(mark(steps, "greet").mark()).isEqualTo(1);
        assertThat(mark(steps, "greet, listen").mark()).isEqualTo(1);
        assertThat(mark(steps, "greet, listen, apologise").mark()).isEqualTo(2);
        assertThat(mark(steps, "greet, listen, apologise, refund").mark()).isEqualTo(3);
        assertThat(mark(steps, "nothing relevant").mark()).isZero();
    }

    @Test
    void aPointThatNeedsAnotherEarnsOnlyWithIt() {
        Grid colour = grid(2, Map.of(), List.of(),
                point("colour", 0, null, "black", "white"),
                point("effect", 1, "colour", "warmer", "cooler"),
                point("results", 1, "colour", "highest temperature"));
        assertThat(mark(colour, "black: it will be warmer, it had the highest temperature").mark()).isEqualTo(2);
        assertThat(mark(colour, "it will be warmer, it had the highest temperature").mark()).isZero();
        assertThat(mark(colour, "white").mark()).isZero();
    }

    @Test
    void aWordUsedTwiceIsMatchedWhereTheRestOfThePhraseIs() {
        Grid queue = grid(1, Map.of(), List.of(), point("fifo", null, "first taken out"));
        String answer = "the first item in the queue that has waited longest is the first one taken out";
        QuestionMark result = mark(queue, answer);
        assertThat(result.mark()).isEqualTo(1);
        Evidence e = result.credited().get(0);
        assertThat(answer.substring(e.start(), e.end())).isEqualTo("first one taken");
    }

    private Miss.Reason whyMissed(Grid grid, String answer, String point) {
        return marker.explain(grid, null, answer).missed().stream().filter(m -> m.point().equals(point))
                .findFirst().orElseThrow().reason();
    }

    @Test
    void anExplanationSaysWhatStoppedEachMissedPoint() {
        Grid g = grid(3, Map.of(), List.of(),
                point("listen", null, "listen carefully"),
                point("interrupt", null, "do not interrupt"),
                point("again", null, "carefully"));
        assertThat(whyMissed(g, "smile", "listen")).isEqualTo(Miss.Reason.NO_WORDS);
        Miss partial = marker.explain(g, null, "listen to them").missed().get(0);
        assertThat(partial.reason()).isEqualTo(Miss.Reason.WORDS_MISSING);
        assertThat(partial.present()).containsExactly("listen");
        assertThat(partial.missing()).containsExactly("carefully");
        assertThat(whyMissed(g, "never listen carefully", "listen")).isEqualTo(Miss.Reason.NEGATED);
        assertThat(whyMissed(g, "listen to what the customer says about the order very carefully", "listen"))
                .isEqualTo(Miss.Reason.TOO_FAR_APART);
        assertThat(whyMissed(g, "interrupt them", "interrupt")).isEqualTo(Miss.Reason.NOT_NEGATED);
        // "carefully" earned the point listed first, so "again" finds its word used
        assertThat(whyMissed(g, "listen carefully", "again")).isEqualTo(Miss.Reason.WORDS_USED);
    }
}
