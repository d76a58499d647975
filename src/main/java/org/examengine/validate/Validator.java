package org.examengine.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.examengine.bank.BankFile;
import org.examengine.bank.Question;
import org.examengine.grid.GridFile;
import org.examengine.paper.Blueprint;
import org.examengine.source.ExamException;
import org.examengine.source.Finding;
import org.examengine.source.Severity;
import org.examengine.source.SourceLocation;
import org.examengine.syllabus.Syllabus;
import org.examengine.text.TextAnalysis;

/**
 * {@code exam validate} as a service: reads every bank, grid and blueprint under the given paths and
 * returns every finding at once, with the coverage of each level found. Prints nothing.
 */
public final class Validator {

    /** The thesaurus a grids folder may hold, shared by all its grids. */
    public static final String THESAURUS = "synonyms.txt";

    private final Syllabus syllabus;
    private final Function<TextAnalysis, ExampleMarker> markers;

    /**
     * @param markers makes the marker that checks worked examples, given the analysis (with the thesaurus)
     */
    public Validator(Syllabus syllabus, Function<TextAnalysis, ExampleMarker> markers) {
        this.syllabus = syllabus;
        this.markers = markers;
    }

    public ValidationReport validate(List<Path> roots, Function<Path, String> shownAs) {
        return check(roots, shownAs).report();
    }

    /** What was read, with its validation: for commands that go on to use the banks, such as {@code exam build}. */
    public record Checked(SourceSet sources, ValidationReport report) {
    }

    public Checked check(List<Path> roots, Function<Path, String> shownAs) {
        SourceSet sources = new SourceCollector().collect(roots, shownAs);
        List<Finding> findings = new ArrayList<>(sources.findings());
        try (TextAnalysis analysis = analysis(roots, shownAs, findings)) {
            return new Checked(sources, validate(sources, findings, analysis, markers.apply(analysis)));
        }
    }

    /**
     * Analysis with the nearest thesaurus: in the first path given or the folders above it, directly or in
     * a marking-grids folder there. A broken thesaurus is a finding,
     * and the checks go on without it.
     */
    private static TextAnalysis analysis(List<Path> roots, Function<Path, String> shownAs, List<Finding> findings) {
        List<Path> candidates = new ArrayList<>();
        for (Path root : roots) {
            Path folder = Files.isDirectory(root) ? root.toAbsolutePath() : root.toAbsolutePath().getParent();
            for (; folder != null; folder = folder.getParent()) {
                candidates.add(folder.resolve(THESAURUS));
                candidates.add(folder.resolve("marking-grids").resolve(THESAURUS));
            }
        }
        for (Path thesaurus : candidates) {
            if (Files.isRegularFile(thesaurus)) {
                String shown = shownAs.apply(thesaurus);
                try {
                    return new TextAnalysis(Files.readString(thesaurus), shown);
                } catch (ExamException e) {
                    findings.add(new Finding(e.location(), Severity.ERROR, e.getMessage()));
                    return new TextAnalysis();
                } catch (IOException e) {
                    findings.add(Finding.error(SourceLocation.startOf(shown), "cannot read: " + e.getMessage()));
                    return new TextAnalysis();
                }
            }
        }
        return new TextAnalysis();
    }

    private ValidationReport validate(SourceSet sources, List<Finding> findings, TextAnalysis analysis, ExampleMarker marker) {
        List<Question> questions = sources.banks().stream().flatMap(b -> b.questions().stream()).toList();
        Map<String, Question> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.putIfAbsent(q.id(), q));

        new BankChecks(syllabus, findings).check(sources.banks());
        new GridChecks(analysis, marker, findings).check(sources.grids(), byId, !sources.banks().isEmpty());
        new BlueprintChecks(syllabus, findings).check(sources.blueprints(), sources.banks());
        findings.addAll(new StemSimilarity(analysis).check(questions));

        Set<Integer> levels = new TreeSet<>();
        sources.banks().stream().map(BankFile::level).filter(l -> l != null).forEach(levels::add);
        questions.forEach(q -> levels.add(q.level()));
        sources.blueprints().stream().map(Blueprint::level).forEach(levels::add);
        List<Coverage> coverage = new CoverageCounter(syllabus).count(questions, levels);
        return new ValidationReport(sources.files(), questions.size(), gridCount(sources.grids()),
                sources.blueprints().size(), findings, coverage);
    }

    private static int gridCount(List<GridFile> files) {
        return files.stream().mapToInt(f -> f.grids().size()).sum();
    }
}
