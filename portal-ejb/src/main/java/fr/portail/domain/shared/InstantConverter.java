package fr.portail.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores instants in "timestamp with time zone" columns: JPA 3.1 maps OffsetDateTime but not
 * Instant.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
