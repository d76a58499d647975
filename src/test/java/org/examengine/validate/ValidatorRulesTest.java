package org.examengine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examengine.validate.Fixture.BANK_FILE;
import static org.examengine.validate.Fixture.BLUEPRINT_FILE;
import static org.examengine.validate.Fixture.GRID_FILE;

import java.nio.file.Path;
import org.examengine.source.Finding;
import org.examengine.source.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of {@code exam validate}: the fixture passes, and one change breaks exactly that rule. */
class ValidatorRulesTest {

    @TempDir
    Path dir;

    private Fixture fixture() {
        return new Fixture(dir);
    }

    private static void assertFinding(ValidationReport report, Severity severity, String file, int line, String message) {
        assertThat(report.findings())
                .as("findings: %s", report.findings().stream().map(Finding::render).toList())
                .anySatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(severity);
                    assertThat(f.location().file()).isEqualTo(file);
                    assertThat(f.location().line()).isEqualTo(line);
                    assertThat(f.message()).contains(message);
                });
    }

    private static void assertError(ValidationReport report, String file, int line, String message) {
        assertFinding(report, Severity.ERROR, file, line, message);
        assertThat(report.clean()).isFalse();
    }

    @Test
    void theFixtureIsCleanWithNoWarnings() {
        ValidationReport report = fixture().validate();
        assertThat(report.findings()).extracting(Finding::render).isEmpty();
        assertThat(report.questions()).isEqualTo(3);
        assertThat(report.grids()).isEqualTo(3);
        assertThat(report.blueprints()).isEqualTo(1);
    }

    @Test
    void unparseableFileIsReportedWithItsLine() {
        Fixture f = fixture().replace(BANK_FILE, "    stem: \"Identify two different types of customer.\"",
                "    stem: \"Identify two [different types");
        ValidationReport report = f.validate();
        assertThat(report.findings()).anySatisfy(x -> {
            assertThat(x.location().file()).isEqualTo(BANK_FILE);
            assertThat(x.location().line()).isGreaterThanOrEqualTo(f.lineOf(BANK_FILE, "Identify two ["));
            assertThat(x.message()).startsWith("cannot parse");
        });
    }

    @Test
    void unknownFieldIsNamed() {
        Fixture f = fixture().replace(BANK_FILE, "    minutes: 2", "    minutes: 2\n    difficulty: easy");
        assertError(f.validate(), BANK_FILE, f.lineOf(BANK_FILE, "difficulty"), "unknown field 'difficulty' in question L1-001");
    }

    @Test
    void missingFieldIsNamed() {
        Fixture f = fixture().replace(BANK_FILE, "    minutes: 2\n", "");
        assertError(f.validate(), BANK_FILE, f.lineOf(BANK_FILE, "id: L1-001"), "missing field 'minutes' in question L1-001");
    }

    @Test
    void wrongTypeNamesFieldAndWhatWasFound() {
        Fixture f = fixture().replace(BANK_FILE, "marks: 2", "marks: two");
        assertError(f.validate(), BANK_FILE, f.lineOf(BANK_FILE, "marks: two"), "field 'marks' of question L1-001 must be a whole number");
    }

    @Test
    void keyWrittenTwiceIsAnError() {
        Fixture f = fixture().replace(BANK_FILE, "    minutes: 2", "    minutes: 2\n    minutes: 3");
        assertError(f.validate(), BANK_FILE, f.lineOf(BANK_FILE, "minutes: 3"), "key 'minutes' appears twice");
    }

    @Test
    void duplicateIdAcrossFiles() {
        Fixture f = fixture().put("question-banks/level1/more.yaml", """
                level: 1
                questions:
                  - {id: L1-001, lo: 3, ac: "3.2", topic: FM, kind: short, marks: 1, minutes: 1, stem: "Give one reason to keep records private."}
                """);
        assertError(f.validate(), "question-banks/level1/more.yaml", 3, "question id L1-001 is already used at question-banks/level1/bank.yaml:");
    }

    @Test
    void levelTheSyllabusDoesNotHave() {
        Fixture f = fixture().replace(BANK_FILE, "level: 1", "level: 4");
        ValidationReport report = f.validate();
        assertError(report, BANK_FILE, f.lineOf(BANK_FILE, "id: L1-001"), "question L1-001 is at level 4, which the syllabus does not have");
    }

    @Test
    void learningOutcomeTheLevelDoesNotHave() {
        Fixture f = fixture().replace(BANK_FILE, "lo: 1", "lo: 5");
        assertError(f.validate(), BANK_FILE, f.lineOf(BANK_FILE, "lo: 5"), "Level 1 has no learning outcome 5");
    }

    @Test
    void criterionTheLevelDoesNotHave() {
        Fixture f = fixture().replace(BANK_FILE, "ac: \"1.1\"", "ac: \"1.9\"");
        assertError(f.validate(), BANK_FILE, f.lineOf(BANK_FILE, "1.9"), "Level 1 has no assessment criterion 1.9");
    }

    @Test
    void criterionUnderTheWrongOutcome() {
        Fixture f = fixture().replace(BANK_FILE, "ac: \"1.1\"", "ac: \"2.3\"");
        assertError(f.validate(), BANK_FILE, f.lineOf(BANK_FILE, "2.3"), "assessment criterion 2.3 belongs to LO2, not LO1");
    }

    @Test
    void topicFpIsNotAssessedAtLevel1() {
        Fixture f = fixture().replace(BANK_FILE, "topic: FL", "topic: FP");
        assertError(f.validate(), BANK_FILE, f.lineOf(BANK_FILE, "topic: FP"), "topic FP (Sources of information and storage/retrieval) is not assessed at Level 1");
    }

    @Test
    void topicFrAndFsOnlyAtLevel3() {
        String level2Bank = """
                level: 2
                questions:
                  - {id: L2-001, lo: 1, ac: "1.1", topic: FR, kind: short, marks: 2, minutes: 3, stem: "Describe two kinds of customer a bank serves."}
                  - {id: L2-002, lo: 1, ac: "1.2", topic: FS, kind: short, marks: 2, minutes: 3, stem: "Explain two needs a visitor with a hearing aid may have."}
                """;
        ValidationReport report = fixture().put("question-banks/level2/l2.yaml", level2Bank).validate();
        assertError(report, "question-banks/level2/l2.yaml", 3, "topic FR (Promotion of products and services) is not assessed at Level 2");
        assertError(report, "question-banks/level2/l2.yaml", 4, "topic FS (Personal development and team working) is not assessed at Level 2");
    }

    @Test
    void outcomeCodeIsNotATopic() {
        Fixture f = fixture().replace(BANK_FILE, "topic: FL", "topic: AA");
        assertError(f.validate(), BANK_FILE, f.lineOf(BANK_FILE, "topic: AA"), "'AA' is not a topic code");
    }

    @Test
    void scenarioPartWhoseContextIsMissing() {
        Fixture f = fixture().replace(BANK_FILE, "scenario: L1-S01", "scenario: L1-S09");
        assertError(f.validate(), BANK_FILE, f.lineOf(BANK_FILE, "L1-S09"), "part of scenario L1-S09, but this file has no scenario with that id");
    }

    @Test
    void scenarioKindWithoutScenarioAndShortWithScenario() {
        Fixture f = fixture().replace(BANK_FILE, "    kind: short\n", "    kind: short\n    scenario: L1-S01\n");
        assertError(f.validate(), BANK_FILE, f.lineOf(BANK_FILE, "scenario: L1-S01"), "is a short question but names scenario L1-S01");
    }

    @Test
    void questionWithNoGrid() {
        Fixture f = fixture().replace(GRID_FILE, "  - question: L1-003", "  - question: L1-004");
        ValidationReport report = f.validate();
        assertError(report, BANK_FILE, f.lineOf(BANK_FILE, "id: L1-003"), "question L1-003 has no marking grid");
        assertError(report, GRID_FILE, f.lineOf(GRID_FILE, "L1-004"), "grid for L1-004 has no question");
    }

    @Test
    void gridsAloneAreNotBlamedForMissingQuestions() {
        ValidationReport report = fixture().remove(BANK_FILE).remove(BLUEPRINT_FILE).validate();
        assertThat(report.findings()).noneMatch(f -> f.message().contains("has no question"));
    }

    @Test
    void gridMaxDifferentFromQuestionMarks() {
        Fixture f = fixture().replace(GRID_FILE, "max: 2", "max: 3");
        assertError(f.validate(), GRID_FILE, f.lineOf(GRID_FILE, "max: 3"), "grid for L1-001 has max 3 but the question is worth 2 marks");
    }

    @Test
    void gridWhosePointsCannotReachMax() {
        Fixture f = fixture().replace(GRID_FILE, "    max: 2\n    points:", "    max: 2\n    groups: {types: {cap: 1}}\n    points:")
                .replace(GRID_FILE, "{id: internal, accept", "{id: internal, group: types, accept")
                .replace(GRID_FILE, "{id: external, accept", "{id: external, group: types, accept");
        assertError(f.validate(), GRID_FILE, f.lineOf(GRID_FILE, "id: internal"), "can give at most 1 marks with its points and caps, less than its max of 2");
    }

    @Test
    void acceptPhraseOfStopWordsOnly() {
        Fixture f = fixture().replace(GRID_FILE, "\"supplier\"", "\"that it is\"");
        assertError(f.validate(), GRID_FILE, f.lineOf(GRID_FILE, "that it is"), "accept phrase \"that it is\" of point 'external' has only stop words");
    }

    @Test
    void onePhraseUnderTwoPoints() {
        Fixture f = fixture().replace(GRID_FILE, "\"supplier\"", "\"colleagues\"");
        assertError(f.validate(), GRID_FILE, f.lineOf(GRID_FILE, "\"colleagues\""), "accept phrase \"colleagues\" is under point 'external' and also under point 'internal'");
    }

    @Test
    void phrasesAreComparedAsTheMarkerReadsThem() {
        Fixture f = fixture().replace(GRID_FILE, "\"supplier\"", "\"colleague or no\"");
        assertError(f.validate(), GRID_FILE, f.lineOf(GRID_FILE, "colleague or no"),
                "is under point 'external' and also under point 'internal'");
    }

    @Test
    void rejectPhraseThatIsAlsoAccepted() {
        Fixture f = fixture().replace(GRID_FILE, "reject: [\"people\"]", "reject: [\"suppliers\"]");
        assertError(f.validate(), GRID_FILE, f.lineOf(GRID_FILE, "reject:"), "reject phrase \"suppliers\" is also an accept phrase of point 'external'");
    }

    @Test
    void nearDuplicateStemsAcrossTheBank() {
        Fixture f = fixture().put("question-banks/level1/more.yaml", """
                level: 1
                questions:
                  - {id: L1-009, lo: 1, ac: "1.1", topic: FL, kind: short, marks: 2, minutes: 2, stem: "Identify two different types of customers."}
                """);
        ValidationReport report = f.validate();
        assertFinding(report, Severity.WARNING, "question-banks/level1/more.yaml", 3, "stem of L1-009 is nearly the same as the stem of L1-001");
    }

    @Test
    void exampleThatDoesNotGetItsStatedMark() {
        Fixture f = fixture().replace(GRID_FILE, "{answer: \"a colleague\", mark: 1}", "{answer: \"a colleague\", mark: 2}");
        assertError(f.validate(), GRID_FILE, f.lineOf(GRID_FILE, "a colleague\", mark: 2"), "example 2 of grid for L1-001 should get 2 but the marker gives 1 (missed positive; credited: internal (\"colleague\"))");
    }

    @Test
    void exampleGivenMoreThanItShouldIsAMissedNegative() {
        Fixture f = fixture().replace(GRID_FILE, "{answer: \"people\", mark: 0}", "{answer: \"a supplier\", mark: 0}");
        assertError(f.validate(), GRID_FILE, f.lineOf(GRID_FILE, "a supplier"), "should get 0 but the marker gives 1 (missed negative; credited: external (\"supplier\"))");
    }

    @Test
    void theGridsFolderThesaurusIsUsedForWorkedExamples() {
        Fixture f = fixture().replace(GRID_FILE, "{answer: \"a colleague\", mark: 1}", "{answer: \"a workmate\", mark: 1}");
        assertError(f.validate(), GRID_FILE, f.lineOf(GRID_FILE, "a workmate"), "should get 1 but the marker gives 0");
        ValidationReport withThesaurus = f.put("marking-grids/synonyms.txt", "colleague, workmate\n").validate();
        assertThat(withThesaurus.findings()).extracting(Finding::render).isEmpty();
    }

    @Test
    void brokenThesaurusIsAFindingAtItsLine() {
        ValidationReport report = fixture().put("marking-grids/synonyms.txt", "colleague, workmate\nrefund => money back => cash\n").validate();
        assertError(report, "marking-grids/synonyms.txt", 2, "invalid synonym rule");
    }

    @Test
    void fewerThanThreeExamplesIsAWarning() {
        Fixture f = fixture().replace(GRID_FILE, "      - {answer: \"people\", mark: 0}\n", "");
        ValidationReport report = f.validate();
        assertFinding(report, Severity.WARNING, GRID_FILE, f.lineOf(GRID_FILE, "question: L1-001"), "has 2 worked example(s)");
        assertThat(report.clean()).isTrue();
    }

    @Test
    void aPointWithTooFewOrTooManyAcceptPhrasesIsAWarning() {
        Fixture two = fixture().replace(GRID_FILE, "\"external customer\", \"member of the public\", \"supplier\"",
                "\"external customer\", \"member of the public\"");
        ValidationReport report = two.validate();
        assertFinding(report, Severity.WARNING, GRID_FILE, two.lineOf(GRID_FILE, "id: external"),
                "point 'external' of grid for L1-001 has 2 accept phrase(s); give 3 to 8");
        assertThat(report.clean()).isTrue();

        Fixture nine = fixture().replace(GRID_FILE, "\"speak clearly\", \"speak slowly\", \"polite\"",
                "\"speak clearly\", \"speak slowly\", \"polite\", \"courteous\", \"calm\", \"plain words\", \"no jargon\", \"face her\", \"repeat\"");
        assertFinding(nine.validate(), Severity.WARNING, GRID_FILE, nine.lineOf(GRID_FILE, "id: clear"), "has 9 accept phrase(s)");
    }

    @Test
    void pointNeedingAPointTheGridLacks() {
        Fixture f = fixture().replace(GRID_FILE, "{id: external, accept", "{id: external, needs: choice, accept");
        assertError(f.validate(), GRID_FILE, f.lineOf(GRID_FILE, "needs: choice"), "needs 'choice', which is not a point of this grid");
    }

    @Test
    void needsGoOneLevelOnly() {
        Fixture f = fixture().replace(GRID_FILE, "{id: external, accept", "{id: external, needs: internal, accept")
                .replace(GRID_FILE, "{id: internal, accept", "{id: internal, needs: external, accept");
        assertError(f.validate(), GRID_FILE, f.lineOf(GRID_FILE, "needs: external"), "only one level is allowed");
    }

    @Test
    void aGatePointIsCreditedButEarnsNothingItself() {
        Fixture f = fixture().replace(GRID_FILE, "{id: internal, accept", "{id: internal, marks: 0, accept")
                .replace(GRID_FILE, "{id: external, accept", "{id: external, needs: internal, accept");
        ValidationReport report = f.validate();
        assertFinding(report, Severity.ERROR, GRID_FILE, f.lineOf(GRID_FILE, "\"a colleague\""),
                "should get 1 but the marker gives 0 (missed positive; credited: internal (\"colleague\"))");
        assertFinding(report, Severity.ERROR, GRID_FILE, f.lineOf(GRID_FILE, "id: internal"), "can give at most 1 marks");
    }

    @Test
    void marksByCountMustStartAtZeroNeverFallAndStayWithinMax() {
        Fixture f = fixture().replace(GRID_FILE, "    max: 2\n", "    max: 2\n    marks_by_count: [0, 2, 1]\n");
        assertError(f.validate(), GRID_FILE, f.lineOf(GRID_FILE, "marks_by_count"), "must not go down");
        f = fixture().replace(GRID_FILE, "    max: 2\n", "    max: 2\n    marks_by_count: [0, 1, 3]\n");
        assertError(f.validate(), GRID_FILE, f.lineOf(GRID_FILE, "marks_by_count"), "gives 3 marks, more than the grid's max of 2");
        f = fixture().replace(GRID_FILE, "    max: 2\n", "    max: 2\n    marks_by_count: [1, 2]\n");
        assertError(f.validate(), GRID_FILE, f.lineOf(GRID_FILE, "marks_by_count"), "must start at 0");
        f = fixture().replace(GRID_FILE, "    max: 2\n", "    max: 2\n    marks_by_count: [0, two]\n");
        assertError(f.validate(), GRID_FILE, f.lineOf(GRID_FILE, "marks_by_count"), "must be a whole number of 0 or more, found text 'two'");
    }

    @Test
    void marksByCountIsUsedForWorkedExamples() {
        Fixture f = fixture().replace(GRID_FILE, "    max: 2\n", "    max: 2\n    marks_by_count: [0, 0, 2]\n");
        ValidationReport report = f.validate();
        assertThat(report.findings()).noneMatch(x -> x.message().contains("internal customers such as colleagues"));
        assertFinding(report, Severity.ERROR, GRID_FILE, f.lineOf(GRID_FILE, "\"a colleague\""), "should get 1 but the marker gives 0");
    }

    @Test
    void pointNamingAnUndefinedGroup() {
        Fixture f = fixture().replace(GRID_FILE, "{id: internal, accept", "{id: internal, group: kinds, accept");
        assertError(f.validate(), GRID_FILE, f.lineOf(GRID_FILE, "group: kinds"), "names group 'kinds', which is not under 'groups'");
    }

    @Test
    void fileThatIsNoKnownFormat() {
        ValidationReport report = fixture().put("question-banks/level1/notes.yaml", "title: my notes\n").validate();
        assertError(report, "question-banks/level1/notes.yaml", 1, "not a question bank, marking-grid file or blueprint");
    }

    @Test
    void jsonBankIsReadLikeYaml() {
        Fixture f = fixture().remove(BANK_FILE).put("question-banks/level1/bank.json", """
                {"level": 1,
                 "scenarios": [{"id": "L1-S01", "text": "A customer phones a shop about her kettle."}],
                 "questions": [
                  {"id": "L1-001", "lo": 1, "ac": "1.1", "topic": "FL", "kind": "short", "marks": 2, "minutes": 2,
                   "stem": "Identify two different types of customer."},
                  {"id": "L1-002", "lo": 2, "ac": "2.1", "topic": "FN", "kind": "scenario", "scenario": "L1-S01",
                   "marks": 1, "minutes": 1, "stem": "State how the assistant should speak on the telephone."},
                  {"id": "L1-003", "lo": 4, "ac": "4.1", "topic": "FM", "kind": "scenario", "scenario": "L1-S01",
                   "marks": 1, "minutes": 1, "stem": "State what the assistant should do if he does not know the answer."},
                  {"id": "L1-004", "lo": 1, "ac": "1.2", "topic": "FL", "kind": "short", "marks": "1", "minutes": 1,
                   "stem": "State one need a customer may have."}
                 ]}
                """);
        ValidationReport report = f.validate();
        assertError(report, "question-banks/level1/bank.json", f.lineOf("question-banks/level1/bank.json", "L1-004"), "field 'marks' of question L1-004 must be a whole number, found text");
        assertThat(report.questions()).isEqualTo(3);
    }

    @Test
    void blueprintDurationMustMatchTheSyllabus() {
        Fixture f = fixture().replace(BLUEPRINT_FILE, "duration: 60", "duration: 90");
        assertError(f.validate(), BLUEPRINT_FILE, f.lineOf(BLUEPRINT_FILE, "duration: 90"), "Level 1 papers last 60 minutes, but the blueprint says 90");
    }

    @Test
    void blueprintTopicMustBeValidAtItsLevel() {
        Fixture f = fixture().replace(BLUEPRINT_FILE, "{FL: 2, FN: 1}", "{FL: 2, FR: 1}");
        assertError(f.validate(), BLUEPRINT_FILE, f.lineOf(BLUEPRINT_FILE, "topic_min_marks"), "topic_min_marks names FR, which is not a topic code at Level 1");
    }

    @Test
    void blueprintTheBankCannotSupply() {
        Fixture f = fixture().replace(BLUEPRINT_FILE, "marks: 4", "marks: 40").replace(BLUEPRINT_FILE, "scenarios: 1", "scenarios: 2");
        ValidationReport report = f.validate();
        assertError(report, BLUEPRINT_FILE, f.lineOf(BLUEPRINT_FILE, "marks: 40"), "the Level 1 bank has 4 marks of questions, fewer than the 40 a paper needs");
        assertError(report, BLUEPRINT_FILE, f.lineOf(BLUEPRINT_FILE, "scenarios: 2"), "has 1 scenario task(s), fewer than the 2 a paper needs");
    }

    @Test
    void blueprintWhoseTimeBudgetNoSelectionCanMeet() {
        Fixture f = fixture().replace(BLUEPRINT_FILE, "duration: 60", "duration: 8");
        ValidationReport report = f.validate();
        assertError(report, BLUEPRINT_FILE, f.lineOf(BLUEPRINT_FILE, "marks: 4"),
                "even the quickest 4 marks of the Level 1 bank need 4 minutes, more than the 3 the paper allows");
    }

    @Test
    void blueprintBoundariesInOrder() {
        Fixture f = fixture().replace(BLUEPRINT_FILE, "first_class: 80", "first_class: 50");
        assertError(f.validate(), BLUEPRINT_FILE, f.lineOf(BLUEPRINT_FILE, "first_class"), "first_class (50%) must be above pass (60%)");
    }

    @Test
    void coverageCountsQuestionsMarksAndScenarioPartsPerCriterion() {
        ValidationReport report = fixture().validate();
        Coverage level1 = report.coverage().get(0);
        assertThat(level1.level()).isEqualTo(1);
        assertThat(level1.questions()).isEqualTo(3);
        assertThat(level1.marks()).isEqualTo(4);
        assertThat(level1.scenarioTasks()).isEqualTo(1);
        Coverage.CriterionCoverage ac21 = level1.outcomes().get(1).criteria().get(0);
        assertThat(ac21.ac()).isEqualTo("2.1");
        assertThat(ac21.questions()).isEqualTo(1);
        assertThat(ac21.scenarioParts()).isEqualTo(1);
        assertThat(level1.uncovered()).extracting(Coverage.CriterionCoverage::ac).contains("1.2", "3.1").doesNotContain("1.1", "4.1");
    }

    @Test
    void coverageCountsQuestionsAndMarksPerTopicValidAtTheLevel() {
        Coverage level1 = fixture().validate().coverage().get(0);
        assertThat(level1.topics()).extracting(Coverage.TopicCoverage::code).containsExactly("FL", "FM", "FN", "FO");
        assertThat(level1.topics()).filteredOn(t -> t.code().equals("FL")).singleElement()
                .satisfies(fl -> {
                    assertThat(fl.questions()).isEqualTo(1);
                    assertThat(fl.marks()).isEqualTo(2);
                    assertThat(fl.scenarioParts()).isZero();
                });
        assertThat(level1.topics()).filteredOn(t -> t.code().equals("FM")).singleElement()
                .satisfies(fm -> assertThat(fm.scenarioParts()).isEqualTo(1));
        assertThat(level1.topics()).filteredOn(t -> t.code().equals("FO")).singleElement()
                .satisfies(fo -> assertThat(fo.questions()).isZero());
    }
}
