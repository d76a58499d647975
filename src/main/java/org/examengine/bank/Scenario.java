package org.examengine.bank;

import java.util.Objects;
import org.examengine.source.Origin;

/** The shared context of a scenario task: a workplace situation its parts ask about. */
public record Scenario(String id, String text, Origin origin) {
    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
    }
}
