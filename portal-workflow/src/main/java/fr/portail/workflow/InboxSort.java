package fr.portail.workflow;

import java.io.Serializable;

/**
 * The inbox's order: one of the sortable columns, ascending or not; oldest due first by default.
 */
public record InboxSort(Column column, boolean ascending) implements Serializable {

  /** The columns the inbox sorts on, each an indexed or small column of the read model. */
  public enum Column {
    DUE_AT("due_at"),
    CREATED_AT("created_at"),
    PRIORITY("priority"),
    REQUEST_NUMBER("request_number"),
    TENANT_NAME("tenant_name"),
    RESIDENCE_NAME("residence_name"),
    TASK_NAME("task_name"),
    PROCESS_NAME("process_name"),
    AGENCY_CODE("agency_code");

    final String sql;

    Column(String sql) {
      this.sql = sql;
    }
  }

  public InboxSort {
    column = column == null ? Column.DUE_AT : column;
  }

  public static InboxSort byDueDate() {
    return new InboxSort(Column.DUE_AT, true);
  }
}
