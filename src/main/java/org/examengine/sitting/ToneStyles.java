package org.examengine.sitting;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * How each {@link Tone} looks. Without colour ({@code NO_COLOR}) only bold, reverse and underline are used, so
 * the warnings and the countdown still stand out on a monochrome screen.
 */
final class ToneStyles {

    private final boolean colour;

    ToneStyles(boolean colour) {
        this.colour = colour;
    }

    AttributedStyle of(Tone tone) {
        AttributedStyle plain = AttributedStyle.DEFAULT;
        return switch (tone) {
            case PLAIN -> plain;
            case STRONG, KEY -> plain.bold();
            case MUTED -> colour ? plain.faint() : plain;
            case TIMER -> colour ? plain.bold().foreground(AttributedStyle.CYAN) : plain.bold();
            case TIMER_LOW -> colour ? plain.bold().foreground(AttributedStyle.RED) : plain.bold().inverse();
            case NOTICE -> colour ? plain.bold().foreground(AttributedStyle.BLACK).background(AttributedStyle.YELLOW)
                    : plain.bold().underline();
            case WARNING -> colour ? plain.bold().foreground(AttributedStyle.WHITE).background(AttributedStyle.RED)
                    : plain.bold().inverse();
            case FLAG -> colour ? plain.bold().foreground(AttributedStyle.MAGENTA) : plain.bold().underline();
            case SELECTED -> plain.inverse();
            case SAVED -> colour ? plain.foreground(AttributedStyle.GREEN) : plain;
            case CONTROL -> plain.underline();
        };
    }

    AttributedString line(ScreenLine line) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        int at = 0;
        for (ScreenLine.Span span : line.spans()) {
            if (span.start() > at) {
                b.append(line.text().substring(at, span.start()));
            }
            int from = Math.max(at, span.start());
            if (span.end() > from) {
                b.styled(of(span.tone()), line.text().substring(from, span.end()));
            }
            at = Math.max(at, span.end());
        }
        if (at < line.text().length()) {
            b.append(line.text().substring(at));
        }
        return b.toAttributedString();
    }
}
