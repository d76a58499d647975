package org.examengine.review;

/**
 * A point the marker credited, from {@code results.jsonl}: the accept phrase that matched, the stretch of the
 * answer (character offsets into its Unicode NFC form) and the kind of match.
 */
public record Credit(String point, int marks, String phrase, int start, int end, String text, String match) {
}
