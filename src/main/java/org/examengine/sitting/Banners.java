package org.examengine.sitting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The banners on screen: each shows until dismissed (Esc) or for {@link #SHOWN_FOR}, by the sitting's clock. */
final class Banners {

    static final Duration SHOWN_FOR = Duration.ofSeconds(10);

    private final List<Banner> shown = new ArrayList<>();

    void add(Banner banner) {
        shown.removeIf(b -> b.message().equals(banner.message()));
        shown.add(banner);
    }

    void add(Tone tone, String message, Instant now) {
        add(new Banner(tone, message, now));
    }

    void expire(Instant now) {
        shown.removeIf(b -> !now.isBefore(b.since().plus(SHOWN_FOR)));
    }

    void dismiss() {
        shown.clear();
    }

    List<Banner> active() {
        return List.copyOf(shown);
    }
}
