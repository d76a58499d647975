package org.examengine.sitting;

import org.jline.terminal.Terminal;

/** Placeholder until the view is written (issue 9, in progress). */
public final class FullScreenView implements SittingView {

    public FullScreenView(Terminal terminal, boolean colour) {
    }

    @Override
    public boolean confirm(StartDetails details) {
        throw new UnsupportedOperationException("not written yet");
    }

    @Override
    public Ending run(SittingSession session) {
        throw new UnsupportedOperationException("not written yet");
    }

    @Override
    public void close() {
    }
}
