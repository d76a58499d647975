package org.examengine.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The answer editor: text kept exactly as typed, moved through as the screen shows it. */
class AnswerEditorTest {

    private static AnswerEditor typed(String... pieces) {
        AnswerEditor e = new AnswerEditor("");
        for (String p : pieces) {
            if (p.equals("\n")) {
                e.newLine();
            } else {
                e.insert(p);
            }
        }
        return e;
    }

    private static String row(EditorLayout layout, int i) {
        return layout.rows().get(i).line().text();
    }

    @Test
    void typingNewLinesAndBackspaceEditTheTextAtTheCursor() {
        AnswerEditor e = typed("Say good morning", "\n", "and smile");
        assertThat(e.text()).isEqualTo("Say good morning\nand smile");
        e.home();
        e.insert("then ");
        e.end();
        e.backspace();
        e.backspace();
        e.backspace();
        e.insert("ILE");
        assertThat(e.text()).isEqualTo("Say good morning\nthen and smILE");
        e.up(40);
        e.left();
        e.delete();
        assertThat(e.text()).as("up keeps column 14, left goes before the 'i' of morning")
                .isEqualTo("Say good mornng\nthen and smILE");
    }

    @Test
    void backspaceAtTheStartOfALineJoinsItToTheLineAbove() {
        AnswerEditor e = typed("one", "\n", "two");
        e.home();
        e.backspace();
        assertThat(e.text()).isEqualTo("onetwo");
        assertThat(e.cursor()).isEqualTo(3);
    }

    @Test
    void longLinesWrapAtSpacesAndWordsLongerThanARowBreakInside() {
        EditorLayout l = typed("the quick brown fox").layout(10);
        assertThat(l.rows()).hasSize(2);
        assertThat(row(l, 0)).isEqualTo("the quick ");
        assertThat(row(l, 1)).isEqualTo("brown fox");
        EditorLayout word = typed("abcdefghijkl").layout(5);
        assertThat(word.rows()).extracting(r -> r.line().text()).containsExactly("abcde", "fghij", "kl");
        assertThat(word.cursorRow()).isEqualTo(2);
        assertThat(word.cursorColumn()).isEqualTo(2);
    }

    @Test
    void wideCharactersTakeTwoColumnsWhenWrapping() {
        AnswerEditor e = typed("漢字かな😀😀");
        EditorLayout l = e.layout(5);
        assertThat(l.rows()).extracting(r -> r.line().text()).containsExactly("漢字", "かな", "😀😀");
        assertThat(l.cursorRow()).isEqualTo(2);
        assertThat(l.cursorColumn()).isEqualTo(4);
        e.up(5);
        e.up(5);
        assertThat(e.cursor()).as("column 4 is past the first row's end: the last stop on it, before 字").isEqualTo(1);
        assertThat(Columns.of("漢字かな😀😀")).isEqualTo(12);
    }

    @Test
    void upAndDownMoveByScreenRowsKeepingTheColumnAndStopAtTheEnds() {
        AnswerEditor e = typed("aaaa bbbb cccc", "\n", "dd");
        e.home();
        e.up(5);
        assertThat(e.layout(5).cursorRow()).isEqualTo(2);
        e.right();
        e.up(5);
        assertThat(e.layout(5).cursorRow()).isEqualTo(1);
        assertThat(e.layout(5).cursorColumn()).isEqualTo(1);
        e.pageUp(5, 3);
        assertThat(e.cursor()).isZero();
        e.pageDown(5, 10);
        e.down(5);
        assertThat(e.cursor()).isEqualTo(e.text().length());
    }

    @Test
    void pastedControlCharactersAndEscapesAreKeptAsTypedAndShownAsCaretsOnly() {
        String pasted = "red \033[31mALERT\033[0m\007 done\r";
        AnswerEditor e = typed(pasted);
        assertThat(e.text()).isEqualTo(pasted);
        EditorLayout l = e.layout(80);
        String shown = row(l, 0);
        assertThat(shown).isEqualTo("red ^[[31mALERT^[[0m^G done^M").doesNotContain("\033", "\007", "\r");
        assertThat(l.rows().get(0).line().spans()).extracting(ScreenLine.Span::tone).containsOnly(Tone.CONTROL)
                .hasSize(4);
        assertThat(l.cursorColumn()).isEqualTo(Columns.of(shown));
        e.backspace();
        assertThat(e.text()).isEqualTo(pasted.substring(0, pasted.length() - 1));
    }

    @Test
    void emojiAreOneCharacterToTheCursorAndToBackspace() {
        AnswerEditor e = typed("ok 👍");
        e.left();
        assertThat(e.cursor()).isEqualTo(3);
        e.right();
        e.backspace();
        assertThat(e.text()).isEqualTo("ok ");
    }

    @Test
    void wordsAreCountedAsAReaderWould() {
        assertThat(AnswerEditor.words("")).isZero();
        assertThat(AnswerEditor.words("  \n ")).isZero();
        assertThat(AnswerEditor.words("Don't interrupt the customer.")).isEqualTo(4);
        assertThat(AnswerEditor.words("a well-known shop - open 9 to 5")).isEqualTo(7);
        assertThat(AnswerEditor.words("Smile\nand greet them")).isEqualTo(4);
        assertThat(AnswerEditor.words("顧客 smiles 😀")).isEqualTo(3);
        assertThat(typed("one two", "\n", "three").words()).isEqualTo(3);
    }
}
