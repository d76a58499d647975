package org.examengine.sitting;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.examengine.paper.Paper;
import org.examengine.paper.ScenarioTask;

/** A sitting of {@link Papers#small()} begun in a folder, with the clock the test steps, for the view tests. */
final class ViewFixture {

    final Path dir;
    final SteppedClock clock = SteppedClock.at9();
    final SittingSession session;

    ViewFixture(Path dir) {
        this(dir, Optional.empty());
    }

    ViewFixture(Path dir, Optional<Arrangement> extra) {
        this(dir, Papers.small(), extra);
    }

    ViewFixture(Path dir, Paper paper) {
        this(dir, paper, Optional.empty());
    }

    private ViewFixture(Path dir, Paper paper, Optional<Arrangement> extra) {
        this.dir = dir;
        Claim claim = Claim.of(new SittingFiles(dir), paper, "C01", clock);
        this.session = claim.begin("Centre 1", extra, clock);
        claim.close();
    }

    /** {@link Papers#small()} with the scenario's context replaced. */
    static Paper withScenario(String context) {
        Paper p = Papers.small();
        ScenarioTask t = p.scenarios().get(0);
        return new Paper(p.id(), p.level(), p.unit(), p.seed(), p.bankFingerprint(), p.duration(), p.reading(),
                p.marks(), p.questions(), List.of(new ScenarioTask(t.number(), t.id(), context, t.parts())),
                p.grading());
    }

    /** Steps the clock past reading time (extra time included) and lets the session see it. */
    ViewFixture writing() {
        clock.advance(session.state().timing().limit(Phase.READING));
        session.tick();
        return this;
    }

    void advance(Duration d) {
        clock.advance(d);
    }

    void command(ControlCommand.Action action, int minutes, String reason) {
        new ControlJournal(new SittingFiles(dir).control()).append(new ControlCommand(0, clock.instant(), action,
                ControlCommand.ALL, minutes, 0, reason, "J. Okafor"), clock.instant());
    }

    /** The sitting as its journal on disk tells it: what a resume would find. */
    Sitting onDisk() {
        Path journal = new SittingFiles(dir).journal("C01", Papers.small().id());
        return Sitting.replay(Journal.read(journal, journal.toString()).entries());
    }
}
