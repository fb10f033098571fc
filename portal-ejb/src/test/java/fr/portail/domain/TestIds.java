package fr.portail.domain;

import java.lang.reflect.Field;

/**
 * Sets the JPA identifier of an entity for unit tests: outside a database, {@code @GeneratedValue}
 * ids stay null, while some domain rules compare ids.
 */
public final class TestIds {

  private TestIds() {}

  /** Writes {@code id} into the entity's private field named {@code id} and returns the entity. */
  public static <T> T withId(T entity, long id) {
    Class<?> type = entity.getClass();
    while (type != null) {
      try {
        Field field = type.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
      } catch (NoSuchFieldException e) {
        type = type.getSuperclass();
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot set id of " + entity.getClass(), e);
      }
    }
    throw new IllegalArgumentException("no field 'id' in " + entity.getClass());
  }
}
