package fr.portail.interfaces.staff.web;

import fr.portail.application.InvalidInputException;
import fr.portail.interfaces.web.Messages;
import fr.portail.workflow.InboxChoices;
import fr.portail.workflow.InboxFilter;
import fr.portail.workflow.InboxSort;
import fr.portail.workflow.InboxTask;
import fr.portail.workflow.SavedFilter;
import fr.portail.workflow.TaskInbox;
import fr.portail.workflow.TaskNoLongerAvailableException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The inbox: the tasks the member of staff may work, one page at a time from the server, filtered
 * and sorted there; the filters can be saved under a name.
 */
@Named
@ViewScoped
public class Inbox implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The table's sortable fields, by the column of the read model they sort on. */
  private static final Map<String, InboxSort.Column> SORTABLE =
      Map.of(
          "dueAt", InboxSort.Column.DUE_AT,
          "createdAt", InboxSort.Column.CREATED_AT,
          "priority", InboxSort.Column.PRIORITY,
          "requestNumber", InboxSort.Column.REQUEST_NUMBER,
          "tenantName", InboxSort.Column.TENANT_NAME,
          "residenceName", InboxSort.Column.RESIDENCE_NAME,
          "name", InboxSort.Column.TASK_NAME,
          "processName", InboxSort.Column.PROCESS_NAME,
          "agencyCode", InboxSort.Column.AGENCY_CODE);

  @Inject private TaskInbox inbox;

  private InboxFilter.Scope scope = InboxFilter.Scope.ALL;
  private String processKey;
  private String taskKey;
  private String agencyCode;
  private Long residenceId;
  private String tenant;
  private InboxFilter.Due due = InboxFilter.Due.ANY;
  private Integer minPriority;

  private InboxChoices choices;
  private List<SavedFilter> savedFilters;
  private Long savedFilterId;
  private String filterName;

  private final LazyDataModel<InboxTask> tasks = new TaskModel();

  @PostConstruct
  void load() {
    choices = inbox.choices();
    savedFilters = inbox.savedFilters();
  }

  public InboxFilter filter() {
    return new InboxFilter(
        scope, processKey, taskKey, agencyCode, residenceId, tenant, due, minPriority);
  }

  /** Nothing to do but re-render: the table reads the filter's fields. */
  public void apply() {
    // The lazy model asks the server again with the new criteria.
  }

  public void clear() {
    show(InboxFilter.all());
    savedFilterId = null;
  }

  public void applySaved() {
    savedFilters.stream()
        .filter(f -> f.id().equals(savedFilterId))
        .findFirst()
        .ifPresent(f -> show(f.filter()));
  }

  public void saveFilter() {
    try {
      inbox.saveFilter(filterName, filter());
      Messages.info("inbox.filterSaved", filterName.strip());
      filterName = null;
      savedFilters = inbox.savedFilters();
    } catch (InvalidInputException e) {
      Messages.error("inboxForm:filterName", e.messageKey());
    }
  }

  public void deleteSaved() {
    if (savedFilterId != null) {
      inbox.deleteFilter(savedFilterId);
      savedFilterId = null;
      savedFilters = inbox.savedFilters();
      Messages.info("inbox.filterDeleted");
    }
  }

  private void show(InboxFilter f) {
    scope = f.scope();
    processKey = f.processKey();
    taskKey = f.taskKey();
    agencyCode = f.agencyCode();
    residenceId = f.residenceId();
    tenant = f.tenant();
    due = f.due();
    minPriority = f.minPriority();
  }

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

  /** The row's colour class: late, due today, or none. */
  public String rowClass(InboxTask task) {
    if (task.late()) {
      return "row--late";
    }
    return task.dueToday() ? "row--today" : null;
  }

  public LazyDataModel<InboxTask> getTasks() {
    return tasks;
  }

  public InboxChoices getChoices() {
    return choices;
  }

  public InboxFilter.Scope[] getScopes() {
    return InboxFilter.Scope.values();
  }

  public InboxFilter.Due[] getDues() {
    return InboxFilter.Due.values();
  }

  public List<SavedFilter> getSavedFilters() {
    return savedFilters;
  }

  public InboxFilter.Scope getScope() {
    return scope;
  }

  public void setScope(InboxFilter.Scope scope) {
    this.scope = scope == null ? InboxFilter.Scope.ALL : scope;
  }

  public String getProcessKey() {
    return processKey;
  }

  public void setProcessKey(String processKey) {
    this.processKey = processKey;
  }

  public String getTaskKey() {
    return taskKey;
  }

  public void setTaskKey(String taskKey) {
    this.taskKey = taskKey;
  }

  public String getAgencyCode() {
    return agencyCode;
  }

  public void setAgencyCode(String agencyCode) {
    this.agencyCode = agencyCode;
  }

  public Long getResidenceId() {
    return residenceId;
  }

  public void setResidenceId(Long residenceId) {
    this.residenceId = residenceId;
  }

  public String getTenant() {
    return tenant;
  }

  public void setTenant(String tenant) {
    this.tenant = tenant;
  }

  public InboxFilter.Due getDue() {
    return due;
  }

  public void setDue(InboxFilter.Due due) {
    this.due = due == null ? InboxFilter.Due.ANY : due;
  }

  public Integer getMinPriority() {
    return minPriority;
  }

  public void setMinPriority(Integer minPriority) {
    this.minPriority = minPriority;
  }

  public Long getSavedFilterId() {
    return savedFilterId;
  }

  public void setSavedFilterId(Long savedFilterId) {
    this.savedFilterId = savedFilterId;
  }

  public String getFilterName() {
    return filterName;
  }

  public void setFilterName(String filterName) {
    this.filterName = filterName;
  }

  private final class TaskModel extends LazyDataModel<InboxTask> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, inbox.count(filter()));
    }

    @Override
    public List<InboxTask> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      InboxSort sort = InboxSort.byDueDate();
      for (SortMeta meta : sortBy.values()) {
        InboxSort.Column column = SORTABLE.get(meta.getField());
        if (column != null && meta.getOrder() != SortOrder.UNSORTED) {
          sort = new InboxSort(column, meta.getOrder() == SortOrder.ASCENDING);
          break;
        }
      }
      return inbox.page(filter(), sort, first, pageSize);
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
