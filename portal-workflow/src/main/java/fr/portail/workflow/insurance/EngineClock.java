package fr.portail.workflow.insurance;

import java.time.ZonedDateTime;
import org.flowable.engine.impl.util.CommandContextUtil;

/** The engine's own clock (moved by the process tests), in Paris time. */
final class EngineClock {

  private EngineClock() {}

  static ZonedDateTime now() {
    return CommandContextUtil.getProcessEngineConfiguration()
        .getClock()
        .getCurrentTime()
        .toInstant()
        .atZone(InsuranceRenewalProcess.ZONE);
  }
}
