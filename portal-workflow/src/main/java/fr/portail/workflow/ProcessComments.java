package fr.portail.workflow;

import fr.portail.application.StaffDirectory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.engine.TaskService;
import org.flowable.engine.task.Comment;

/**
 * The staff's notes on a process instance, kept as the engine's comments: a note's text, or a
 * hand-over whose message is the colleague's account id.
 */
public final class ProcessComments {

  /** The engine's comment type of a staff note (or a note the process adds, as a complement). */
  public static final String COMMENT = "comment";

  static final String DELEGATION = "delegation";

  private ProcessComments() {}

  /** The notes of a process instance, oldest first, with their authors' names. */
  static List<TaskComment> of(TaskService tasks, StaffDirectory staff, String processInstanceId) {
    List<Comment> comments = new ArrayList<>();
    for (String type : List.of(COMMENT, DELEGATION)) {
      comments.addAll(tasks.getProcessInstanceComments(processInstanceId, type));
    }
    comments.sort(Comparator.comparing(Comment::getTime));
    Set<Long> people = new HashSet<>();
    for (Comment c : comments) {
      add(people, c.getUserId());
      if (DELEGATION.equals(c.getType())) {
        add(people, c.getFullMessage());
      }
    }
    Map<Long, String> names = people.isEmpty() ? new java.util.HashMap<>() : staff.names(people);
    return comments.stream()
        .map(
            c -> {
              boolean delegation = DELEGATION.equals(c.getType());
              return new TaskComment(
                  c.getTime().toInstant(),
                  names.get(Actors.accountId(c.getUserId())),
                  delegation ? TaskComment.Kind.DELEGATION : TaskComment.Kind.COMMENT,
                  delegation
                      ? names.get(Actors.accountId(c.getFullMessage()))
                      : c.getFullMessage());
            })
        .toList();
  }

  private static void add(Set<Long> ids, String engineUserId) {
    Long id = Actors.accountId(engineUserId);
    if (id != null) {
      ids.add(id);
    }
  }
}
