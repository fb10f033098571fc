package fr.portail.workflow.engine;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import org.flowable.common.engine.impl.javax.el.ELContext;
import org.flowable.common.engine.impl.javax.el.ELResolver;

/** Resolves a top-level name in a process expression to the CDI bean of that name, if any. */
class CdiBeanElResolver extends ELResolver {

  private final BeanManager beanManager;

  CdiBeanElResolver(BeanManager beanManager) {
    this.beanManager = beanManager;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null || !(property instanceof String name)) {
      return null;
    }
    Set<Bean<?>> beans = beanManager.getBeans(name);
    if (beans.isEmpty()) {
      return null;
    }
    Bean<?> bean = beanManager.resolve(beans);
    Object reference =
        beanManager.getReference(bean, Object.class, beanManager.createCreationalContext(bean));
    context.setPropertyResolved(true);
    return reference;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // Beans are read-only from a process expression.
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return true;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return Collections.emptyIterator();
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return Object.class;
  }
}
