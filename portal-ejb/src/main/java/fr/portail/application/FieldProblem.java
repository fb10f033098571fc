package fr.portail.application;

import java.io.Serializable;
import java.util.List;

/**
 * Why a field of a form is refused: the field, the key of a French message of the web bundles and
 * the values the message shows ({0}, {1}…).
 */
public record FieldProblem(String field, String key, List<String> args) implements Serializable {

  public FieldProblem {
    args = List.copyOf(args);
  }

  public Object[] argsArray() {
    return args.toArray();
  }
}
