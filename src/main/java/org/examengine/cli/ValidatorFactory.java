package org.examengine.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.examengine.marking.GridMarker;
import org.examengine.syllabus.Syllabus;
import org.examengine.text.EnglishWords;
import org.examengine.validate.ValidationReport;
import org.examengine.validate.Validator;

/** Builds the validator with the marker that checks worked examples: the same marker that marks answers. */
final class ValidatorFactory {

    ValidationReport validate(List<Path> roots, Function<Path, String> shownAs) {
        return check(roots, shownAs).report();
    }

    Validator.Checked check(List<Path> roots, Function<Path, String> shownAs) {
        return new Validator(Syllabus.standard(), analysis -> new GridMarker(analysis, EnglishWords.wordNet())::mark).check(roots, shownAs);
    }
}
