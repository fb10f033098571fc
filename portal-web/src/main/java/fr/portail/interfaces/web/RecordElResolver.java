package fr.portail.interfaces.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Lets pages read the application's view records as properties ({@code #{c.fileNumber}}): Jakarta
 * EL 5 knows only JavaBeans getters, records arrive with EL 6. Reads any public no-arg method of a
 * record by its name; records are read-only.
 */
public class RecordElResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Method accessor = accessor(base, property);
    if (accessor == null) {
      return null;
    }
    try {
      Object value = accessor.invoke(base);
      context.setPropertyResolved(base, property);
      return value;
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new jakarta.el.ELException(e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    Method accessor = accessor(base, property);
    if (accessor == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (accessor(base, property) != null) {
      throw new PropertyNotWritableException(property + " est en lecture seule");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (accessor(base, property) == null) {
      return false;
    }
    context.setPropertyResolved(base, property);
    return true;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base instanceof Record ? String.class : null;
  }

  private static Method accessor(Object base, Object property) {
    if (!(base instanceof Record) || !(property instanceof String name)) {
      return null;
    }
    try {
      Method method = base.getClass().getMethod(name);
      return Modifier.isStatic(method.getModifiers()) || method.getReturnType() == void.class
          ? null
          : method;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
