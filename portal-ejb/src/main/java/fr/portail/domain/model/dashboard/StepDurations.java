package fr.portail.domain.model.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The mean duration of each step over finished tasks, the steps in the process's order. */
public final class StepDurations {

  private StepDurations() {}

  /**
   * The steps of {@code order} that have finished tasks, in that order; steps not in it follow, in
   * the order met. The name is the latest task's (a new version of the process may have renamed the
   * step).
   */
  public static List<StepTime> of(List<FinishedTask> tasks, List<String> order) {
    Map<String, List<FinishedTask>> byStep = new LinkedHashMap<>();
    order.forEach(key -> byStep.put(key, new ArrayList<>()));
    tasks.forEach(t -> byStep.computeIfAbsent(t.stepKey(), k -> new ArrayList<>()).add(t));
    List<StepTime> steps = new ArrayList<>();
    byStep.forEach(
        (key, list) -> {
          if (list.isEmpty()) {
            return;
          }
          Average working =
              Average.of(
                  list.stream()
                      .map(t -> WorkingTime.hours(WorkingTime.between(t.createdAt(), t.endedAt())))
                      .toList());
          Average calendar =
              Average.of(
                  list.stream()
                      .map(t -> WorkingTime.hours(Duration.between(t.createdAt(), t.endedAt())))
                      .toList());
          String name = list.get(list.size() - 1).name();
          steps.add(new StepTime(key, name, list.size(), working.value(), calendar.value()));
        });
    return steps;
  }
}
