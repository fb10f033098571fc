package fr.portail.interfaces.staff.web;

import fr.portail.interfaces.web.Messages;
import fr.portail.workflow.InboxFilter;
import fr.portail.workflow.InboxTask;
import fr.portail.workflow.TaskInbox;
import fr.portail.workflow.TaskNoLongerAvailableException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The inbox: the tasks the member of staff may work, one page at a time from the server. */
@Named
@ViewScoped
public class Inbox implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TaskInbox inbox;

  private InboxFilter.Scope scope = InboxFilter.Scope.ALL;
  private final LazyDataModel<InboxTask> tasks = new TaskModel();

  public void claim(InboxTask task) {
    try {
      inbox.claim(task.id());
      Messages.info("inbox.claimed", task.requestNumber());
    } catch (TaskNoLongerAvailableException e) {
      Messages.error(null, "task.noLongerAvailable");
    }
  }

  public void unclaim(InboxTask task) {
    try {
      inbox.unclaim(task.id());
      Messages.info("inbox.unclaimed", task.requestNumber());
    } catch (TaskNoLongerAvailableException e) {
      Messages.error(null, "task.noLongerAvailable");
    }
  }

  public LazyDataModel<InboxTask> getTasks() {
    return tasks;
  }

  public InboxFilter.Scope getScope() {
    return scope;
  }

  public void setScope(InboxFilter.Scope scope) {
    this.scope = scope == null ? InboxFilter.Scope.ALL : scope;
  }

  public InboxFilter.Scope[] getScopes() {
    return InboxFilter.Scope.values();
  }

  private final class TaskModel extends LazyDataModel<InboxTask> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, inbox.count(new InboxFilter(scope, null)));
    }

    @Override
    public List<InboxTask> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return inbox.page(new InboxFilter(scope, null), first, pageSize);
    }

    @Override
    public String getRowKey(InboxTask task) {
      return task.id();
    }

    @Override
    public InboxTask getRowData(String rowKey) {
      return inbox.task(rowKey);
    }
  }
}
