package fr.portail.domain.model.dashboard;

import java.io.Serializable;
import java.util.Collection;

/** A mean and the number of values it is made of; no value, no mean (never a misleading 0). */
public record Average(long count, Double value) implements Serializable {

  public static final Average NONE = new Average(0, null);

  public static Average of(Collection<? extends Number> values) {
    if (values.isEmpty()) {
      return NONE;
    }
    double sum = 0;
    for (Number v : values) {
      sum += v.doubleValue();
    }
    return new Average(values.size(), sum / values.size());
  }

  public boolean present() {
    return value != null;
  }
}
