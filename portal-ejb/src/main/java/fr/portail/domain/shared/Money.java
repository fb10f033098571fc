package fr.portail.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount in euros with two decimals; positive means owed by the tenant in a ledger. */
@Embeddable
public class Money implements Serializable, Comparable<Money> {

  private static final long serialVersionUID = 1L;
  private static final BigDecimal LIMIT = new BigDecimal("10000000");
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  @Column(name = "amount", nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  protected Money() {}

  public Money(BigDecimal amount) {
    if (amount == null) {
      throw new InvalidValueException("money.invalid", "null");
    }
    BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_EVEN);
    if (rounded.abs().compareTo(LIMIT) >= 0) {
      throw new InvalidValueException("money.invalid", amount.toPlainString());
    }
    this.amount = rounded;
  }

  public static Money euros(String amount) {
    try {
      return new Money(new BigDecimal(amount));
    } catch (NumberFormatException | NullPointerException e) {
      throw new InvalidValueException("money.invalid", String.valueOf(amount));
    }
  }

  public BigDecimal amount() {
    return amount;
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money negate() {
    return new Money(amount.negate());
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public Money abs() {
    return new Money(amount.abs());
  }

  @Override
  public int compareTo(Money o) {
    return amount.compareTo(o.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return amount.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " €";
  }
}
