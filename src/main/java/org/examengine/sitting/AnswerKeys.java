package org.examengine.sitting;

import java.time.Instant;
import org.examengine.paper.PaperQuestion;

/**
 * Keys on the answering screen: writing and moving in the answer, going between questions, flagging, opening the
 * list, the reading view, the keys and the submit confirmation. Writing is refused, with a hint, outside writing
 * time. Called by {@link SittingController} under its lock.
 */
final class AnswerKeys {

    private final SittingController controller;

    AnswerKeys(SittingController controller) {
        this.controller = controller;
    }

    void handle(KeyInput key, Instant now) {
        AnswerEditor editor = controller.draft().editor();
        Frame.AnswerArea area = controller.area();
        switch (key.action()) {
            case NEXT -> step(1, now);
            case PREVIOUS -> step(-1, now);
            case LIST -> {
                controller.draft().save();
                controller.open(ScreenMode.LIST);
            }
            case FLAG -> flag(now);
            case SUBMIT -> {
                controller.draft().save();
                if (controller.session().state().phase() == Phase.READING) {
                    controller.banners().add(Tone.NOTICE, "You can submit once writing time has begun.", now);
                } else {
                    controller.open(ScreenMode.SUBMIT);
                }
            }
            case HELP -> controller.open(ScreenMode.HELP);
            case READ -> controller.open(ScreenMode.READ);
            case SAVE -> {
                if (controller.session().canAnswer()) {
                    controller.draft().save();
                } else {
                    notYet(now);
                }
            }
            case TYPE, PASTE, NEWLINE, BACKSPACE, DELETE -> edit(key, editor, now);
            case LEFT -> editor.left();
            case RIGHT -> editor.right();
            case UP -> editor.up(area.wrapWidth());
            case DOWN -> editor.down(area.wrapWidth());
            case HOME -> editor.home();
            case END -> editor.end();
            case PAGE_UP -> editor.pageUp(area.wrapWidth(), area.rows());
            case PAGE_DOWN -> editor.pageDown(area.wrapWidth(), area.rows());
            default -> {
            }
        }
    }

    private void edit(KeyInput key, AnswerEditor editor, Instant now) {
        if (!controller.session().canAnswer()) {
            notYet(now);
            return;
        }
        switch (key.action()) {
            case TYPE, PASTE -> editor.insert(key.text());
            case NEWLINE -> editor.newLine();
            case BACKSPACE -> editor.backspace();
            default -> editor.delete();
        }
        controller.draft().edited(now);
        if (key.action() == Action.NEWLINE) {
            controller.draft().save();
        }
    }

    private void notYet(Instant now) {
        Sitting s = controller.session().state();
        if (s.phase() == Phase.READING) {
            // no time in the text: the same hint for every key, not one more banner a second
            controller.banners().add(Tone.NOTICE, "Answering opens when reading time ends (time left at the top "
                    + "right). Read the questions until then.", now);
        }
    }

    private void step(int by, Instant now) {
        int index = controller.questions().indexOf(controller.current()) + by;
        if (index < 0) {
            controller.banners().add(Tone.NOTICE, "This is the first question.", now);
        } else if (index >= controller.questions().size()) {
            controller.banners().add(Tone.NOTICE, "This is the last question. Ctrl-X submits when you are ready.", now);
        } else {
            controller.goTo(index, now);
        }
    }

    private void flag(Instant now) {
        PaperQuestion q = controller.current();
        boolean flag = !controller.session().state().flagged().contains(q.id());
        controller.session().flag(q.id(), flag);
        controller.banners().add(Tone.NOTICE, flag ? "Question " + q.number() + " is flagged for review."
                : "Question " + q.number() + " is no longer flagged.", now);
    }
}
