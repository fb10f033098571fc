package fr.portail.application;

import jakarta.ejb.ApplicationException;

/**
 * What was asked for does not exist, or the caller may not know it exists (another tenant's
 * contract): both answer "not found", so identifiers cannot be probed.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String what) {
    super(what);
  }
}
