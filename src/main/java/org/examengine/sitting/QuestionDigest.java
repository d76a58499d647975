package org.examengine.sitting;

/** A question as a candidate saw it, short: its number, id, marks and a hash of its wording (context included). */
public record QuestionDigest(String number, String id, int marks, String digest) {
}
