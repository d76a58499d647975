package org.examengine.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.examengine.grid.Grid;
import org.examengine.grid.Point;

/**
 * Picks a grid's points, in random order, until together they earn the marks aimed for: a point joins only
 * when it raises the grid's mark (so a capped group is not filled past its cap), bringing the point it
 * needs with it. The marks aimed for may be more than the points can earn; then it takes what earns.
 */
final class PointPicker {

    private PointPicker() {
    }

    static List<Point> pick(Grid grid, int marks, SplittableRandom r) {
        List<Point> order = new ArrayList<>(grid.points().stream().filter(p -> !p.accept().isEmpty()).toList());
        for (int i = order.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            Point swap = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swap);
        }
        List<Point> chosen = new ArrayList<>();
        Set<String> credited = new HashSet<>();
        int earned = 0;
        for (Point p : order) {
            if (earned >= marks) {
                break;
            }
            Set<String> trial = new HashSet<>(credited);
            trial.add(p.id());
            Point needed = p.needs() == null || credited.contains(p.needs()) ? null : point(grid, p.needs());
            if (needed != null) {
                trial.add(needed.id());
            }
            int mark = grid.markFor(trial);
            // with marks_by_count a second point may earn nothing until a third comes
            if (mark > earned || !grid.marksByCount().isEmpty() && mark == earned) {
                if (needed != null) {
                    chosen.add(needed);
                }
                chosen.add(p);
                credited = trial;
                earned = mark;
            }
        }
        return chosen;
    }

    private static Point point(Grid grid, String id) {
        return grid.points().stream().filter(p -> p.id().equals(id) && !p.accept().isEmpty()).findFirst().orElse(null);
    }
}
