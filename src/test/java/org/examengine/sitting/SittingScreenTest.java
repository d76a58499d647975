package org.examengine.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full screen drawn without a terminal, at the sizes candidates' terminals have. */
class SittingScreenTest {

    private static final Pattern COUNTDOWN = Pattern.compile("\\d:\\d\\d:\\d\\d left|\\d+h\\d\\dm|\\d+m|<1m");
    private static final int[][] SIZES = {{80, 24}, {60, 15}, {200, 50}, {40, 8}, {20, 4}, {12, 3}};

    @TempDir
    Path dir;

    private static List<String> texts(Frame f) {
        return f.lines().stream().map(ScreenLine::text).toList();
    }

    private static Frame at(SittingController c, int columns, int rows) {
        return SittingScreen.render(c.screen(), columns, rows);
    }

    private static void assertFits(Frame f, int columns, int rows) {
        assertThat(f.lines()).as("%dx%d rows", columns, rows).hasSize(rows);
        assertThat(f.lines()).allSatisfy(l -> assertThat(l.columns()).as(l.text()).isLessThan(columns));
        assertThat(f.lines().get(0).text()).as("%dx%d header", columns, rows).containsPattern(COUNTDOWN);
        if (f.cursorShown()) {
            assertThat(f.cursorRow()).isBetween(0, rows - 1);
            assertThat(f.cursorColumn()).isBetween(0, columns - 1);
        }
    }

    @Test
    void theCountdownShowsAtEverySizeInEveryPhaseAndNothingSpillsOver() {
        ViewFixture v = new ViewFixture(dir);
        SittingController c = new SittingController(v.session);
        c.tick();
        for (int[] s : SIZES) {
            assertFits(at(c, s[0], s[1]), s[0], s[1]);
        }
        v.writing();
        c.tick();
        c.handle(KeyInput.typed("A long answer that wraps ".repeat(20)));
        for (int[] s : SIZES) {
            assertFits(at(c, s[0], s[1]), s[0], s[1]);
        }
        c.handle(KeyInput.of(Action.LIST));
        for (int[] s : SIZES) {
            assertFits(at(c, s[0], s[1]), s[0], s[1]);
        }
        v.advance(Duration.ofSeconds(2));
        v.command(ControlCommand.Action.PAUSE, 0, "fire alarm");
        c.tick();
        for (int[] s : SIZES) {
            assertFits(at(c, s[0], s[1]), s[0], s[1]);
        }
    }

    @Test
    void withExtraTimeTheCountdownShowsTheBaseLimitToo() {
        ViewFixture v = new ViewFixture(dir, Optional.of(new Arrangement(25, "dyslexia", "J. Okafor")));
        SittingController c = new SittingController(v.session);
        c.tick();
        assertThat(texts(at(c, 80, 24)).get(0)).endsWith("reading 0:06:15 left (base 0:05:00)");
        v.writing();
        c.tick();
        assertThat(texts(at(c, 80, 24)).get(0)).endsWith("1:15:00 left (base 1:00:00)");
        v.advance(Duration.ofMinutes(61));
        c.tick();
        assertThat(texts(at(c, 80, 24)).get(0)).endsWith("0:14:00 left (base time over)");
        assertThat(texts(at(c, 60, 15)).get(0)).endsWith("0:14:00 left (base time over)");
        assertThat(texts(at(c, 30, 6)).get(0)).as("narrow: short, never gone").endsWith(" 14m");
    }

    @Test
    void withoutExtraTimeThereIsNoBaseAndTheCandidateCanQuietTheCountdown() {
        ViewFixture v = new ViewFixture(dir).writing();
        SittingController c = new SittingController(v.session);
        v.advance(Duration.ofSeconds(47));
        c.tick();
        assertThat(texts(at(c, 80, 24)).get(0)).endsWith("0:59:13 left").doesNotContain("base");
        c.handle(KeyInput.of(Action.CLOCK));
        assertThat(texts(at(c, 80, 24)).get(0)).endsWith(" 59m").doesNotContain("left");
        c.handle(KeyInput.of(Action.CLOCK));
        assertThat(texts(at(c, 80, 24)).get(0)).endsWith("0:59:13 left");
    }

    @Test
    void aScenarioStandsBesideItsPartOnAWideScreenAndAboveItOtherwise() {
        ViewFixture v = new ViewFixture(dir).writing();
        SittingController c = new SittingController(v.session);
        c.handle(KeyInput.of(Action.NEXT));
        c.handle(KeyInput.of(Action.NEXT));
        String context = "Sam answers the phone at a garden centre.";
        String stem = "What should Sam say first?";
        assertThat(texts(at(c, 200, 50))).anySatisfy(l -> assertThat(l).contains(context, stem));
        assertThat(texts(at(c, 120, 30))).anySatisfy(l -> assertThat(l).contains(context, stem));
        for (int[] size : new int[][] {{119, 30}, {80, 24}, {60, 15}}) {
            List<String> lines = texts(at(c, size[0], size[1]));
            assertThat(lines).noneSatisfy(l -> assertThat(l).contains(context, stem));
            assertThat(indexOf(lines, context)).isPositive().isLessThan(indexOf(lines, stem));
        }
    }

    @Test
    void onASmallScreenTheQuestionStaysAndTheScenarioGivesWay() {
        String longContext = "Dev Sharma works on the front desk at Riverside Leisure Centre. ".repeat(20);
        ViewFixture v = new ViewFixture(dir, ViewFixture.withScenario(longContext)).writing();
        SittingController c = new SittingController(v.session);
        c.handle(KeyInput.of(Action.NEXT));
        c.handle(KeyInput.of(Action.NEXT));
        for (int[] size : new int[][] {{80, 24}, {60, 15}, {40, 12}}) {
            List<String> lines = texts(at(c, size[0], size[1]));
            assertThat(lines).as("%dx%d", size[0], size[1]).contains("What should Sam say first?",
                    QuestionPane.MORE);
            assertThat(indexOf(lines, "Your answer")).isGreaterThan(indexOf(lines, "What should Sam say first?"));
        }
        c.handle(KeyInput.of(Action.READ));
        c.handle(KeyInput.of(Action.PAGE_DOWN));
        assertThat(texts(at(c, 60, 15))).contains("What should Sam say first?");
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void escapesAndControlsACandidatePastesNeverReachTheScreenRaw() {
        ViewFixture v = new ViewFixture(dir).writing();
        SittingController c = new SittingController(v.session);
        String pasted = "Hi \033[2J\033]0;owned\007 \u009b31m \u202eevil\u202c 漢字 😀\n\033[A";
        c.handle(new KeyInput(Action.PASTE, pasted));
        c.handle(KeyInput.of(Action.NEWLINE));
        assertThat(v.onDisk().answers().get("L1-201")).isEqualTo(pasted + "\n");
        for (int[] s : SIZES) {
            Frame f = at(c, s[0], s[1]);
            assertThat(f.lines()).allSatisfy(l -> assertThat(l.text().codePoints().filter(SafeText::hidden).toArray())
                    .as(l.text()).isEmpty());
        }
        assertThat(texts(at(c, 80, 24))).contains("Hi ^[[2J^[]0;owned^G <U+009B>31m <U+202E>evil<U+202C> 漢字 😀", "^[[A");
    }

    @Test
    void readingTimeSaysWhenAnsweringOpensAndRefusesTyping() {
        ViewFixture v = new ViewFixture(dir);
        SittingController c = new SittingController(v.session);
        v.advance(Duration.ofSeconds(110));
        c.tick();
        assertThat(texts(at(c, 80, 24)).get(1)).startsWith("Reading time: read the questions; answering opens in 3:10");
        c.handle(KeyInput.typed("x"));
        assertThat(c.screen().draft()).isEmpty();
        c.handle(KeyInput.typed("y"));
        assertThat(c.screen().banners()).extracting(Banner::message).containsExactly("Answering opens when reading "
                + "time ends (time left at the top right). Read the questions until then.");
        assertThat(texts(at(c, 80, 24)).get(0)).endsWith("reading 0:03:10 left");
        assertThat(texts(at(c, 80, 24))).contains("State two ways to greet a customer.");
    }

    @Test
    void whilePausedTheQuestionIsHiddenAndNothingCanBeTyped() {
        ViewFixture v = new ViewFixture(dir).writing();
        SittingController c = new SittingController(v.session);
        v.advance(Duration.ofSeconds(2));
        v.command(ControlCommand.Action.PAUSE, 0, "fire alarm");
        c.tick();
        List<String> lines = texts(at(c, 80, 24));
        assertThat(lines).anySatisfy(l -> assertThat(l.strip()).isEqualTo("PAUSED"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("greet a customer"));
        assertThat(lines.get(0)).endsWith("0:59:58 left, paused");
        c.handle(KeyInput.typed("x"));
        assertThat(c.screen().draft()).isEmpty();
    }

    @Test
    void theSubmitConfirmationListsWhatIsUnansweredAndFlagged() {
        ViewFixture v = new ViewFixture(dir).writing();
        SittingController c = new SittingController(v.session);
        c.handle(KeyInput.typed("Smile and say hello"));
        c.handle(KeyInput.of(Action.NEXT));
        c.handle(KeyInput.of(Action.FLAG));
        c.handle(KeyInput.of(Action.SUBMIT));
        List<String> lines = texts(at(c, 80, 24));
        assertThat(lines).contains("You have answered 1 of 4 questions.", "Not answered: 2, 3a, 3b",
                "Flagged for review: 2");
        c.handle(KeyInput.of(Action.CANCEL));
        c.handle(KeyInput.of(Action.LIST));
        lines = texts(at(c, 80, 24));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  1    2 marks   answered"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("> 2    3 marks   not answered  flagged"));
    }

    @Test
    void savedShowsOnlyOnceTheJournalHoldsWhatIsOnScreen() {
        ViewFixture v = new ViewFixture(dir).writing();
        SittingController c = new SittingController(v.session);
        c.handle(KeyInput.typed("Smile"));
        assertThat(texts(at(c, 80, 24)).get(23)).doesNotContain("saved");
        v.advance(DraftKeeper.PAUSE);
        c.tick();
        assertThat(v.onDisk().answers()).containsEntry("L1-201", "Smile");
        assertThat(texts(at(c, 80, 24)).get(23)).endsWith("saved");
        c.handle(KeyInput.typed("!"));
        assertThat(texts(at(c, 80, 24)).get(23)).doesNotContain("saved");
    }

    @Test
    void withoutColourOnlyBoldReverseAndUnderlineAreUsed() {
        ScreenLine line = new LineBuilder().append("1:00:00 left", Tone.TIMER).append(" 5 minutes left.", Tone.WARNING)
                .append(" flagged", Tone.FLAG).append(" ^[", Tone.CONTROL).append(" saved", Tone.SAVED).build();
        Pattern colour = Pattern.compile("\033\\[(?:\\d+;)*(?:3\\d|4\\d|9\\d|10\\d)(?:;\\d+)*m");
        AttributedString mono = new ToneStyles(false).line(line);
        assertThat(mono.toString()).isEqualTo(line.text());
        assertThat(mono.toAnsi()).doesNotContainPattern(colour).contains("\033[1");
        assertThat(new ToneStyles(true).line(line).toAnsi()).containsPattern(colour);
    }
}
