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
import org.examengine.text.TextAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WordOverlapMarkerTest {

    private static final SourceLocation AT = SourceLocation.startOf("grid.yaml");
    private static final Origin ORIGIN = new Origin(AT, Map.of());

    private final TextAnalysis analysis = new TextAnalysis();
    private final WordOverlapMarker marker = new WordOverlapMarker(analysis);

    @AfterEach
    void close() {
        analysis.close();
    }

    private static Point point(String id, String group, String... accept) {
        return new Point(id, 1, group, List.of(accept).stream().map(a -> new Phrase(a, AT)).toList(), ORIGIN);
    }

    private static Grid grid(int max, Map<String, Group> groups, List<String> reject, Point... points) {
        return new Grid("Q1", max, groups, List.of(points), reject.stream().map(r -> new Phrase(r, AT)).toList(),
                List.of(), null, List.of(), ORIGIN);
    }

    private final Grid confidentiality = grid(3, Map.of("storage", new Group("storage", 2, AT)), List.of("keep it secret"),
            point("passwords", null, "password protect files", "lock the screen"),
            point("locked", "storage", "locked cabinet", "lock paper files away"),
            point("shredding", "storage", "shred old records", "shred records"),
            point("identity", null, "check identity"));

    @Test
    void creditsPhrasesInAnyOrderWithinASegment() {
        assertThat(marker.mark(confidentiality, "records get shredded")).isEqualTo(1);
        assertThat(marker.mark(confidentiality, "Screens are locked when I leave")).isEqualTo(1);
    }

    @Test
    void wordsSplitAcrossSegmentsDoNotMatch() {
        assertThat(marker.mark(confidentiality, "check the till. Identity cards are worn")).isZero();
    }

    @Test
    void groupCapAndMaxLimitTheMark() {
        String answer = "shred records, use a locked cabinet, lock the screen, check identity";
        assertThat(marker.mark(confidentiality, answer)).isEqualTo(3);
        assertThat(marker.mark(confidentiality, "shred records, use a locked cabinet")).isEqualTo(2);
    }

    @Test
    void negatedAnswerDoesNotEarnAPlainPhrase() {
        assertThat(marker.mark(confidentiality, "don't check identity")).isZero();
        assertThat(marker.mark(confidentiality, "check identity, not afterwards")).isEqualTo(1);
    }

    @Test
    void negatedPhraseNeedsANegatedAnswer() {
        Grid manners = grid(1, Map.of(), List.of(), point("no_interrupt", null, "do not interrupt"));
        assertThat(marker.mark(manners, "Never interrupt the customer")).isEqualTo(1);
        assertThat(marker.mark(manners, "interrupt them to save time")).isZero();
    }

    @Test
    void oneStretchOfWordsCreditsOnePointOnly() {
        Grid twice = grid(2, Map.of(), List.of(), point("a", null, "eye contact"), point("b", null, "eye contact"));
        assertThat(marker.mark(twice, "eye contact")).isEqualTo(1);
        assertThat(marker.mark(twice, "eye contact, and eye contact again")).isEqualTo(2);
    }

    @Test
    void rejectedWordsCreditNothing() {
        Grid secret = grid(1, Map.of(), List.of("keep it secret"), point("secret", null, "keep secret"));
        assertThat(marker.mark(secret, "keep it secret")).isZero();
    }
}
