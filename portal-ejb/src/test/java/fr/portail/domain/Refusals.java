package fr.portail.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.domain.shared.InvalidValueException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a domain call refuses its input with the expected message key. */
public final class Refusals {

  private Refusals() {}

  public static void assertRefused(String expectedMessageKey, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).messageKey())
        .isEqualTo(expectedMessageKey);
  }
}
