package org.examengine.sitting;

/** What a key does in the full-screen sitting; the terminal loop binds keys to these in one place. */
enum Action {
    TYPE, PASTE, NEWLINE, BACKSPACE, DELETE, LEFT, RIGHT, UP, DOWN, HOME, END, PAGE_UP, PAGE_DOWN,
    NEXT, PREVIOUS, LIST, FLAG, CLOCK, SUBMIT, HELP, READ, SAVE, LEAVE, CANCEL, REDRAW, INTERRUPT, IGNORE
}
