package org.examengine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.examengine.marking.MarkingSources;
import org.examengine.marking.PaperGrids;
import org.examengine.paper.Blueprint;
import org.examengine.paper.Paper;
import org.examengine.paper.PaperBuilder;
import org.examengine.syllabus.Level;
import org.examengine.syllabus.Syllabus;
import org.examengine.validate.SourceCollector;
import org.examengine.validate.SourceSet;

/**
 * Whether a paper can be marked with these grids and banks: every question needs a grid out of its marks,
 * and the banks (when there are any) must still be the ones the paper was built from. Each problem in words.
 */
final class PaperCheck {

    private PaperCheck() {
    }

    static List<String> problems(Paper paper, MarkingSources sources, Optional<Path> banks, ExamHome home) {
        List<String> problems = new ArrayList<>(PaperGrids.mismatches(paper, sources.grids()));
        if (banks.isEmpty()) {
            return problems;
        }
        // read, not validated: a bank that no longer reads cleanly gives another fingerprint, which is refused below
        SourceSet read = new SourceCollector().collect(List.of(banks.get()), home::shown);
        Optional<Blueprint> blueprint = read.blueprints().stream().filter(b -> b.level() == paper.level())
                .findFirst();
        Optional<Level> level = Syllabus.standard().level(paper.level());
        if (blueprint.isPresent() && level.isPresent()) {
            String now = new PaperBuilder(level.get(), blueprint.get(), read.banks()).fingerprint();
            if (!now.equals(paper.bankFingerprint())) {
                problems.add("paper " + paper.id() + " was built from other banks than " + home.shown(banks.get())
                        + " (its bank fingerprint " + paper.bankFingerprint() + ", theirs " + now + "): a question may "
                        + "have changed since; rebuild the paper, or give the banks it was built from with --banks");
            }
        } else {
            problems.add(home.shown(banks.get()) + " has no Level " + paper.level() + " blueprint, so it cannot be the "
                    + "banks paper " + paper.id() + " was built from; give those with --banks");
        }
        return problems;
    }
}
