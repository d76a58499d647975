package org.examengine.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the invigilator types on the board, and what it is told when it cannot be understood. */
class RoomCommandParserTest {

    private final RoomCommandParser parser = new RoomCommandParser();

    private RoomAction act(String line) {
        RoomCommand c = parser.parse(line);
        assertThat(c).as(line).isInstanceOf(RoomCommand.Act.class);
        return ((RoomCommand.Act) c).action();
    }

    private String error(String line) {
        RoomCommand c = parser.parse(line);
        assertThat(c).as(line).isInstanceOf(RoomCommand.Invalid.class);
        return ((RoomCommand.Invalid) c).message();
    }

    @Test
    void pauseTakesEveryoneOrOneCandidateAndAReason() {
        assertThat(act("pause all fire alarm")).isEqualTo(new RoomAction(ControlCommand.Action.PAUSE, "all", 0, 0,
                "fire alarm", ""));
        assertThat(act("  PAUSE   C03   feels unwell ")).isEqualTo(new RoomAction(ControlCommand.Action.PAUSE, "C03", 0,
                0, "feels unwell", ""));
        assertThat(act("pause ALL drill").target()).isEqualTo("all");
        assertThat(error("pause all")).startsWith("pause needs a reason, for the log: e.g. 'pause all fire alarm'");
        assertThat(error("pause")).isEqualTo("pause needs a candidate id or 'all'");
    }

    @Test
    void resumeNeedsNoReason() {
        assertThat(act("resume all").reason()).isEqualTo("resumed");
        assertThat(act("resume C03 alarm cleared").reason()).isEqualTo("alarm cleared");
    }

    @Test
    void addTakesMinutesWithOrWithoutAUnit() {
        assertThat(act("add all 10 fire alarm")).isEqualTo(RoomAction.add("all", 10, "fire alarm"));
        assertThat(act("add C03 5 machine restarted")).isEqualTo(RoomAction.add("C03", 5, "machine restarted"));
        assertThat(act("add C03 5 min machine restarted").reason()).isEqualTo("machine restarted");
        assertThat(act("add all +7 minutes late start").minutes()).isEqualTo(7);
        assertThat(error("add all ten fire alarm")).startsWith("'ten' is not minutes: e.g. 'add all 10 fire alarm'");
        assertThat(error("add all 10% fire alarm")).startsWith("'10%' is not minutes");
        assertThat(error("add all 0 nothing")).isEqualTo("add takes 1 to 180 minutes, not 0");
        assertThat(error("add all 500 typo")).isEqualTo("add takes 1 to 180 minutes, not 500");
        assertThat(error("add all 10")).startsWith("add needs a reason");
        assertThat(error("add 10")).startsWith("add needs who and how many minutes: e.g. 'add all 10 fire alarm'");
        assertThat(error("add")).startsWith("add needs who and how many minutes");
    }

    @Test
    void extraIsAnAccessArrangementForOneCandidateWithWhoApprovedIt() {
        assertThat(act("extra C07 25 dyslexia; approved J. Okafor"))
                .isEqualTo(RoomAction.extra("C07", 25, "dyslexia", "J. Okafor"));
        assertThat(act("extra C07 25% dyslexia;approved by: J. Okafor").approvedBy()).isEqualTo("J. Okafor");
        assertThat(act("extra C07 0 arrangement withdrawn; approved SENCo").percent()).isZero();
        assertThat(error("extra C07 25 dyslexia")).startsWith("extra time is an access arrangement: say who approved it");
        assertThat(error("extra all 25 everyone; approved me")).startsWith("extra time is one candidate's access arrangement");
        assertThat(error("extra C07 400 typo; approved me")).isEqualTo("extra time is 0 to 300 percent, not 400");
        assertThat(error("extra C07 25; approved J. Okafor")).startsWith("extra needs a reason");
        assertThat(error("extra C07")).startsWith("extra needs the candidate and the new percentage");
    }

    @Test
    void endNeedsAReasonLikeEveryOtherAction() {
        assertThat(act("end all time is up").action()).isEqualTo(ControlCommand.Action.END);
        assertThat(error("end all")).startsWith("end needs a reason");
    }

    @Test
    void boardHelpQuitAndNothing() {
        assertThat(parser.parse("help")).isInstanceOf(RoomCommand.Help.class);
        assertThat(parser.parse("?")).isInstanceOf(RoomCommand.Help.class);
        assertThat(parser.parse("board")).isInstanceOf(RoomCommand.ShowBoard.class);
        assertThat(parser.parse("QUIT")).isInstanceOf(RoomCommand.Quit.class);
        assertThat(parser.parse("   ")).isInstanceOf(RoomCommand.Nothing.class);
        assertThat(error("stop all")).isEqualTo("no command 'stop': type help for the list");
    }

    @Test
    void whatCannotNameACandidateOrHoldsControlsIsRefusedAndShownSafely() {
        assertThat(error("pause C0/3 unwell")).isEqualTo("'C0/3' is not a candidate id (letters, digits, '-' and '_')");
        assertThat(error("pause \u001b[2J now")).startsWith("'^[[2J' is not a candidate id");
        assertThat(error("pause all fire\u0007 alarm")).isEqualTo("a reason or name must be plain text on one line");
        assertThat(error("\u001b[31mred")).isEqualTo("no command '^[[31mred': type help for the list");
    }
}
