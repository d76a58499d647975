package org.examengine.validate;

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
import org.examengine.source.Finding;
import org.examengine.syllabus.Syllabus;
import org.examengine.text.TextAnalysis;

/**
 * {@code exam validate} as a service: reads every bank, grid and blueprint under the given paths and
 * returns every finding at once, with the coverage of each level found. Prints nothing.
 */
public final class Validator {

    private final Syllabus syllabus;
    private final TextAnalysis analysis;
    private final ExampleMarker marker;

    public Validator(Syllabus syllabus, TextAnalysis analysis, ExampleMarker marker) {
        this.syllabus = syllabus;
        this.analysis = analysis;
        this.marker = marker;
    }

    public ValidationReport validate(List<Path> roots, Function<Path, String> shownAs) {
        SourceSet sources = new SourceCollector().collect(roots, shownAs);
        List<Finding> findings = new ArrayList<>(sources.findings());
        List<Question> questions = sources.banks().stream().flatMap(b -> b.questions().stream()).toList();
        Map<String, Question> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.putIfAbsent(q.id(), q));

        new BankChecks(syllabus, findings).check(sources.banks());
        new GridChecks(analysis, marker, findings).check(sources.grids(), byId, !sources.banks().isEmpty());
        new BlueprintChecks(syllabus, findings).check(sources.blueprints(), questions);
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
