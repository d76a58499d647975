package org.examengine.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.examengine.bank.Question;
import org.examengine.grid.Example;
import org.examengine.grid.Grid;
import org.examengine.grid.GridFile;
import org.examengine.grid.Phrase;
import org.examengine.grid.Point;
import org.examengine.marking.CompiledPhrase;
import org.examengine.marking.GridCompiler;
import org.examengine.marking.QuestionMark;
import org.examengine.source.Finding;
import org.examengine.source.SourceLocation;
import org.examengine.text.TextAnalysis;

/**
 * Checks each grid against its question and against itself: marks, reachability, phrases that can never
 * match or match twice, and the worked examples marked by the given marker.
 */
final class GridChecks {

    /** The content standard asks for this many worked examples per grid. */
    static final int MIN_EXAMPLES = 3;
    /** Candidates word a point in several ways; a point needing more phrases than this is probably two points. */
    static final int MIN_PHRASES = 3;
    static final int MAX_PHRASES = 8;

    private final GridCompiler compiler;
    private final ExampleMarker marker;
    private final List<Finding> findings;

    GridChecks(TextAnalysis analysis, ExampleMarker marker, List<Finding> findings) {
        this.compiler = new GridCompiler(analysis);
        this.marker = marker;
        this.findings = findings;
    }

    /**
     * @param questions every question read, by id
     * @param haveBanks whether bank files were validated too; without them a grid cannot be matched to its question
     */
    void check(List<GridFile> files, Map<String, Question> questions, boolean haveBanks) {
        Map<String, SourceLocation> seen = new HashMap<>();
        for (GridFile file : files) {
            for (Grid grid : file.grids()) {
                SourceLocation first = seen.putIfAbsent(grid.question(), grid.origin().of("question"));
                if (first != null) {
                    findings.add(Finding.error(grid.origin().of("question"), "a second grid for question "
                            + grid.question() + " (the first is at " + first.render() + ")"));
                }
                Question q = questions.get(grid.question());
                if (q == null && haveBanks) {
                    findings.add(Finding.error(grid.origin().of("question"), "grid for " + grid.question()
                            + " has no question: no bank file validated here has that id"));
                }
                if (q != null && q.marks() != grid.max()) {
                    findings.add(Finding.error(grid.origin().of("max"), "grid for " + grid.question() + " has max "
                            + grid.max() + " but the question is worth " + q.marks() + " marks"));
                }
                checkSelf(grid, q == null ? null : q.stem());
            }
        }
        if (!files.isEmpty()) {
            for (Question q : questions.values()) {
                if (!seen.containsKey(q.id())) {
                    findings.add(Finding.error(q.origin().of("id"), "question " + q.id()
                            + " has no marking grid in the grid files validated here"));
                }
            }
        }
    }

    private void checkSelf(Grid grid, String stem) {
        String name = "grid for " + grid.question();
        if (grid.reachable() < grid.max()) {
            findings.add(Finding.error(grid.origin().of("points"), name + " can give at most " + grid.reachable()
                    + " marks with its points and caps, less than its max of " + grid.max()));
        }
        Map<String, String> acceptedBy = new HashMap<>();
        Map<String, Phrase> firstPhrase = new HashMap<>();
        for (Point point : grid.points()) {
            int phrases = point.accept().size();
            if (phrases < MIN_PHRASES || phrases > MAX_PHRASES) {
                findings.add(Finding.warning(point.origin().of("accept"), "point '" + point.id() + "' of " + name
                        + " has " + phrases + " accept phrase(s); give " + MIN_PHRASES + " to " + MAX_PHRASES
                        + " (the plain wording and the ways candidates say it)"));
            }
            for (Phrase phrase : point.accept()) {
                String key = key(phrase);
                if (key == null) {
                    findings.add(Finding.error(phrase.location(), "accept phrase \"" + phrase.text() + "\" of point '"
                            + point.id() + "' has only stop words, so it can never be matched"));
                    continue;
                }
                String owner = acceptedBy.putIfAbsent(key, point.id());
                Phrase first = firstPhrase.putIfAbsent(key, phrase);
                String same = first == null || first.text().equals(phrase.text()) ? ""
                        : " (\"" + first.text() + "\" after stemming)";
                if (owner != null && !owner.equals(point.id())) {
                    findings.add(Finding.error(phrase.location(), "accept phrase \"" + phrase.text() + "\" is under point '"
                            + point.id() + "' and also under point '" + owner + "'" + same + " of " + name));
                } else if (owner != null) {
                    findings.add(Finding.warning(phrase.location(), "accept phrase \"" + phrase.text()
                            + "\" is written twice under point '" + point.id() + "'" + same));
                }
            }
        }
        for (Phrase reject : grid.reject()) {
            String key = key(reject);
            if (key == null) {
                findings.add(Finding.error(reject.location(), "reject phrase \"" + reject.text()
                        + "\" has only stop words, so it can never be matched"));
            } else if (acceptedBy.containsKey(key)) {
                findings.add(Finding.error(reject.location(), "reject phrase \"" + reject.text()
                        + "\" is also an accept phrase of point '" + acceptedBy.get(key) + "' of " + name));
            }
        }
        examples(grid, stem, name);
    }

    private void examples(Grid grid, String stem, String name) {
        if (grid.examples().size() < MIN_EXAMPLES) {
            findings.add(Finding.warning(grid.origin().of("question"), name + " has " + grid.examples().size()
                    + " worked example(s); give at least " + MIN_EXAMPLES + " (full marks, part marks, no marks)"));
        }
        int n = 0;
        for (Example example : grid.examples()) {
            n++;
            QuestionMark result = marker.mark(grid, stem, example.answer());
            int got = result.mark();
            if (got != example.mark()) {
                String outcome = got < example.mark() ? "missed positive" : "missed negative";
                String credited = result.credited().isEmpty() ? "nothing"
                        : String.join(", ", result.credited().stream().map(e -> e.point() + " (\"" + e.phrase() + "\")").toList());
                findings.add(Finding.error(example.origin().of("answer"), "example " + n + " of " + name + " should get "
                        + example.mark() + " but the marker gives " + got + " (" + outcome + "; credited: " + credited + ")"));
            }
        }
    }

    /**
     * What a phrase means to the marker: its distinct content stems, sorted, marked when the phrase is negated.
     * Null when nothing is left to match.
     */
    private String key(Phrase phrase) {
        CompiledPhrase compiled = compiler.phrase(phrase.text());
        if (compiled.stems().isEmpty()) {
            return null;
        }
        return (compiled.negated() ? "not " : "") + String.join(" ", compiled.stems().stream().sorted().toList());
    }
}
