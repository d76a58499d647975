package org.examengine.sitting;

/** One key (or one whole paste) as read: its action and the text behind it (what was typed, pasted or pressed). */
record KeyInput(Action action, String text) {

    static KeyInput of(Action action) {
        return new KeyInput(action, "");
    }

    static KeyInput typed(String text) {
        return new KeyInput(Action.TYPE, text);
    }

    /** The key as the candidate knows it, for the keys that would stop a program elsewhere. */
    String name() {
        return switch (text) {
            case "\003" -> "Ctrl-C";
            case "\032" -> "Ctrl-Z";
            case "\034" -> "Ctrl-\\";
            case "\004" -> "Ctrl-D";
            default -> "That key";
        };
    }
}
