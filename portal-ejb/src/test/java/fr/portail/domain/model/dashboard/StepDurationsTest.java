package fr.portail.domain.model.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.portail.domain.shared.WorkingDays;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepDurationsTest {

  private static Instant paris(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingDays.PARIS).toInstant();
  }

  private static FinishedTask task(String key, String start, String end) {
    return new FinishedTask(key, "Tâche " + key, paris(start), paris(end));
  }

  @Test
  void eachStepAveragesItsTasksInWorkingAndCalendarHoursInTheProcesssOrder() {
    List<StepTime> steps =
        StepDurations.of(
            List.of(
                task("order", "2026-03-02T10:00", "2026-03-02T12:00"),
                // Monday 9:00 to Tuesday 10:00: 11 working hours, 25 calendar hours.
                task("triage", "2026-03-02T09:00", "2026-03-03T10:00"),
                // Friday 17:00 to Monday 9:00: 2 working hours, 64 calendar hours.
                task("triage", "2026-03-06T17:00", "2026-03-09T09:00"),
                task("perform", "2026-03-02T14:00", "2026-03-02T15:30")),
            List.of("triage", "order", "accept", "perform"));

    assertThat(steps).extracting(StepTime::stepKey).containsExactly("triage", "order", "perform");
    StepTime triage = steps.get(0);
    assertThat(triage.count()).isEqualTo(2);
    assertThat(triage.workingHours()).isCloseTo(6.5, within(1e-9));
    assertThat(triage.calendarHours()).isCloseTo(44.5, within(1e-9));
    assertThat(triage.name()).isEqualTo("Tâche triage");
    assertThat(steps.get(2).workingHours()).isCloseTo(1.5, within(1e-9));
  }

  @Test
  void aStepOutsideTheKnownOrderComesLast() {
    List<StepTime> steps =
        StepDurations.of(
            List.of(
                task("renamed", "2026-03-02T10:00", "2026-03-02T11:00"),
                task("triage", "2026-03-02T10:00", "2026-03-02T10:30")),
            List.of("triage"));
    assertThat(steps).extracting(StepTime::stepKey).containsExactly("triage", "renamed");
  }

  @Test
  void noTaskNoStep() {
    assertThat(StepDurations.of(List.of(), List.of("triage"))).isEmpty();
  }

  @Test
  void anAverageOfNothingIsNone() {
    assertThat(Average.of(List.of())).isEqualTo(Average.NONE);
    assertThat(Average.NONE.present()).isFalse();
    assertThat(Average.of(List.of(4, 5)).value()).isEqualTo(4.5);
    assertThat(Average.of(List.of(4, 5)).count()).isEqualTo(2);
  }
}
