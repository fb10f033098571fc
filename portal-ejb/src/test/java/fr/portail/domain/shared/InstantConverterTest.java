package fr.portail.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

  private final InstantConverter converter = new InstantConverter();

  @Test
  void roundTripsAnInstant() {
    Instant instant = Instant.parse("2024-03-15T10:15:30.123456Z");

    assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)))
        .isEqualTo(instant);
  }

  @Test
  void writesTheInstantInUtc() {
    OffsetDateTime column =
        converter.convertToDatabaseColumn(Instant.parse("2024-03-15T10:15:30Z"));

    assertThat(column).isEqualTo(OffsetDateTime.of(2024, 3, 15, 10, 15, 30, 0, ZoneOffset.UTC));
    assertThat(column.getOffset()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void readsAnyOffsetAsTheSameInstant() {
    OffsetDateTime paris = OffsetDateTime.of(2024, 3, 15, 12, 15, 30, 0, ZoneOffset.ofHours(2));

    assertThat(converter.convertToEntityAttribute(paris))
        .isEqualTo(Instant.parse("2024-03-15T10:15:30Z"));
  }

  @Test
  void handlesNull() {
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }
}
