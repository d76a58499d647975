package org.examengine.sitting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The words plain mode says about time, answers and the start details: short sentences a screen reader reads once. */
final class PlainText {

    private PlainText() {
    }

    /** "1 hour 5 minutes", "4 minutes 30 seconds", "0 seconds"; part seconds count as a whole one, as on a countdown. */
    static String duration(Duration d) {
        long seconds = d.isNegative() ? 0 : d.plusNanos(999_999_999).getSeconds();
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        List<String> parts = new ArrayList<>();
        if (h > 0) {
            parts.add(count(h, "hour"));
        }
        if (m > 0) {
            parts.add(count(m, "minute"));
        }
        if (s > 0 || parts.isEmpty()) {
            parts.add(count(s, "second"));
        }
        return String.join(" ", parts);
    }

    static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /** Words as a candidate would count them: runs of characters between spaces and line breaks. */
    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
            i += Character.charCount(cp);
        }
        return words;
    }

    /** The time left in the phase, as one sentence. */
    static String timeLeft(Sitting s, Instant now) {
        String left = duration(s.remainingAt(now));
        return switch (s.phase()) {
            case READING -> "Reading time left: " + left + ".";
            case WRITING -> "Writing time left: " + left + ".";
            case SUBMITTED -> "Your answers have been submitted.";
        };
    }

    /** What {@code :time} says: the time left, whether the clock is stopped, and the base limit when extended. */
    static List<String> timeReport(Sitting s, Instant now) {
        List<String> lines = new ArrayList<>();
        if (s.paused()) {
            lines.add("The exam is paused (" + s.pausedFor() + "): your clock is stopped.");
        }
        lines.add(timeLeft(s, now));
        Timing t = s.timing();
        if (s.phase() != Phase.SUBMITTED && t.extended(s.phase())) {
            lines.add("Your " + s.phase().label() + " is " + duration(t.limit(s.phase())) + " with your extra time; "
                    + "the base time is " + duration(t.base(s.phase())) + ".");
        }
        if (s.phase() == Phase.READING) {
            lines.add("Answering opens when reading time ends; writing time is then " + duration(t.limit(Phase.WRITING))
                    + ".");
        }
        return lines;
    }

    /** The start screen as lines, ending with the question to type yes. */
    static List<String> details(StartDetails d) {
        List<String> lines = new ArrayList<>();
        lines.add("Please check these details before you begin.");
        lines.add("Candidate: " + d.candidate());
        lines.add("Centre: " + d.centre());
        lines.add("Paper: " + d.paper() + ", Level " + d.level());
        lines.add("Questions: " + d.questions() + ", worth " + count(d.marks(), "mark") + " in all");
        lines.add("Reading time: " + duration(Duration.ofMinutes(d.readingMinutes())));
        lines.add("Writing time: " + duration(Duration.ofMinutes(d.writingMinutes())));
        if (d.extraPercent() > 0) {
            Timing t = new Timing(d.readingMinutes(), d.writingMinutes(), d.extraPercent(), 0, 0);
            lines.add("Extra time: " + d.extraPercent() + " per cent, so reading time is "
                    + duration(t.limit(Phase.READING)) + " and writing time " + duration(t.limit(Phase.WRITING)));
        } else {
            lines.add("Extra time: none");
        }
        String begin = "begin";
        if (d.resumed().isPresent()) {
            StartDetails.Resumed r = d.resumed().get();
            begin = "carry on";
            lines.add("This sitting has begun before and carries on where it stopped.");
            lines.add("Answers saved: " + r.answered());
            lines.add("Time left: " + duration(r.remaining()) + " of " + r.phase().label());
            r.torn().ifPresent(torn -> lines.add("Note: the last line of the journal was incomplete and was skipped ("
                    + torn + ")."));
        }
        lines.add("If these details are yours, type yes and press Enter to " + begin + ". Anything else stops here.");
        return lines;
    }

    /** The commands, for {@code :help}. */
    static List<String> help() {
        return List.of(
                "Commands start with a colon. Any other line you type is added to your answer and saved.",
                ":next and :prev move to the next or previous question.",
                ":go followed by a number, such as :go 3a, goes to that question.",
                ":list lists every question: answered, unanswered or flagged.",
                ":show shows this question and your answer so far.",
                ":flag marks this question for review; :unflag takes the mark off.",
                ":time says the time left.",
                ":clear empties your answer to this question, after asking you.",
                ":submit hands in your answers, after asking you.",
                ":help shows this list.",
                ":leave is for the invigilator: it leaves the sitting with every answer saved.",
                "To start a line of your answer with a colon, type two colons.");
    }
}
