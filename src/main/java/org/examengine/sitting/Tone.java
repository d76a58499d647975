package org.examengine.sitting;

/**
 * What a stretch of the screen is, not how it looks: the terminal loop turns each tone into bold, reverse,
 * underline and, unless {@code NO_COLOR} asks otherwise, a colour.
 */
enum Tone {
    PLAIN, STRONG, MUTED, TIMER, TIMER_LOW, NOTICE, WARNING, KEY, FLAG, SELECTED, SAVED, CONTROL
}
