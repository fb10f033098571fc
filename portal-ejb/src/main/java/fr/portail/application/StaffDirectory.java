package fr.portail.application;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The members of staff the inbox shows and hands tasks to, within the caller's scope. */
public interface StaffDirectory {

  /** Display names of accounts by id, for "prise par" and the history. */
  Map<Long, String> names(Collection<Long> accountIds);

  /**
   * The colleagues who work tasks of one of these candidate groups ("ROLE:AGENCY") in the caller's
   * agencies, the caller excepted.
   */
  List<StaffMember> colleaguesFor(Collection<String> candidateGroups);

  /** The residences of the caller's agencies, by name, for the inbox's filter. */
  List<Choice> myResidences();

  /** A member of staff as the screens name him. */
  record StaffMember(Long id, String name) implements Serializable {}

  /** A value of a filter list: its id and label. */
  record Choice(String value, String label) implements Serializable {}
}
