package fr.portail.application;

import java.util.List;

/**
 * The RIB form refused, with every field's problem at once (the first one as the field and key of
 * the invalid input); nothing is stored.
 */
public class BankDetailsRefusedException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  private final List<FieldProblem> problems;

  public BankDetailsRefusedException(List<FieldProblem> problems) {
    super(problems.get(0).field(), problems.get(0).key());
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
