package fr.portail.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The portal's clock: French local time, so "today" is the tenant's day. */
@ApplicationScoped
public class ClockProducer {

  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Produces
  Clock clock() {
    return Clock.system(PARIS);
  }
}
