package fr.portail.interfaces.staff.web;

import fr.portail.application.DashboardFilter;
import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.application.TechnicalDashboardService;
import fr.portail.application.TechnicalDashboardService.Choices;
import fr.portail.application.TechnicalDashboardService.ResidenceChoice;
import fr.portail.application.TechnicalDashboardView;
import fr.portail.application.TechnicalDashboardView.Count;
import fr.portail.application.TechnicalDashboardView.Row;
import fr.portail.domain.model.account.Role;
import fr.portail.domain.model.dashboard.StepTime;
import fr.portail.domain.model.technical.TechnicalTexts;
import fr.portail.domain.model.technical.Urgency;
import fr.portail.interfaces.web.Forbidden;
import fr.portail.interfaces.web.Messages;
import fr.portail.workflow.CurrentStep;
import fr.portail.workflow.ProcessStatistics;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/**
 * The technical managers' dashboard: key figures, charts with their tables, and the list of the
 * open (and recently closed) technical requests of one of their agencies or residences, which
 * exports to CSV as the table shows it. Only technical managers see it (403 for other staff).
 */
@Named
@ViewScoped
public class TechnicalDashboard implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /**
   * The order when the reader chose none: the open requests first, the late ones first, the oldest
   * first; then the closed ones, the latest closed first.
   */
  static final Comparator<DashboardRow> DEFAULT_ORDER =
      (x, y) -> {
        if (x.open() != y.open()) {
          return x.open() ? -1 : 1;
        }
        int c;
        if (x.open()) {
          c = x.late() == y.late() ? x.submittedAt().compareTo(y.submittedAt()) : x.late() ? -1 : 1;
        } else {
          c =
              Comparator.nullsLast(Comparator.<Instant>reverseOrder())
                  .compare(x.closedAt(), y.closedAt());
        }
        return c != 0 ? c : x.number().compareTo(y.number());
      };

  /** The sortable columns by their field. */
  private static final Map<String, Comparator<DashboardRow>> SORTABLE =
      Map.of(
          "number", Comparator.comparing(DashboardRow::number),
          "residence", Comparator.comparing(DashboardRow::residence),
          "category", Comparator.comparing(DashboardRow::category),
          "urgencyRank", Comparator.comparingInt(DashboardRow::urgencyRank),
          "step", Comparator.comparing(DashboardRow::step),
          "ageDays", Comparator.comparingLong(DashboardRow::ageDays),
          "dueAt",
              Comparator.comparing(
                  DashboardRow::dueAt, Comparator.nullsLast(Comparator.naturalOrder())),
          "late", Comparator.comparing(DashboardRow::late),
          "rating",
              Comparator.comparing(
                  DashboardRow::rating, Comparator.nullsLast(Comparator.naturalOrder())));

  @Inject private TechnicalDashboardService dashboards;
  @Inject private ProcessStatistics processes;

  private String agencyCode;
  private Long residenceId;
  private int periodDays = DashboardFilter.DEFAULT_PERIOD;

  private Choices choices;
  private TechnicalDashboardView view;
  private List<StepTime> steps = List.of();
  private List<DashboardRow> rows = List.of();

  /** The column the reader sorted on (null: the default order) and its direction. */
  private String sortField;

  private boolean sortAscending = true;
  private Charts charts;

  private final LazyDataModel<DashboardRow> table = new RowModel();

  /** The charts' Chart.js configurations, made once per refresh. */
  public record Charts(
      String byResidence, String byCategory, String byAge, String steps, String ratings)
      implements Serializable {}

  public void load() {
    if (!FacesContext.getCurrentInstance()
        .getExternalContext()
        .isUserInRole(Role.TECHNICAL_MANAGER_NAME)) {
      Forbidden.respond();
      return;
    }
    choices = dashboards.choices();
    refresh();
  }

  /** Shows the figures of the filters chosen. */
  public void apply() {
    try {
      refresh();
    } catch (InvalidInputException e) {
      Messages.error("dashboardForm:period", e.messageKey());
    } catch (NotFoundException e) {
      Messages.error("dashboardForm:agency", "dashboard.scope.invalid");
    }
  }

  /** A residence of another agency than the one chosen is dropped with the agency's change. */
  public void agencyChanged() {
    if (residenceId != null
        && getResidences().stream().noneMatch(r -> r.id().equals(residenceId))) {
      residenceId = null;
    }
  }

  private void refresh() {
    DashboardFilter filter = filter();
    TechnicalDashboardView fresh = dashboards.dashboard(filter);
    List<StepTime> freshSteps = processes.technicalStepTimes(filter);
    Map<String, CurrentStep> current = processes.technicalCurrentSteps(filter);
    view = fresh;
    steps = freshSteps;
    rows = fresh.requests().stream().map(r -> row(r, current.get(r.number()))).toList();
    charts = charts();
  }

  private DashboardFilter filter() {
    return new DashboardFilter(agencyCode, residenceId, periodDays);
  }

  private DashboardRow row(Row r, CurrentStep step) {
    String where;
    if (!r.open()) {
      where = request("resolution." + r.resolution(), r.resolution());
    } else if (step != null) {
      where = stepLabel(step.taskKey(), step.taskName());
    } else {
      where = text("table.status." + r.status());
    }
    Urgency urgency = Urgency.valueOf(r.urgency());
    return new DashboardRow(
        r.requestId(),
        r.number(),
        r.residenceName(),
        technical(r.categoryKey()),
        technical(urgency.labelKey()),
        urgency.ordinal(),
        where,
        r.open(),
        r.ageDays(),
        r.submittedAt(),
        r.closedAt(),
        r.open() && step != null ? step.dueAt() : null,
        r.late(),
        r.rating());
  }

  private Charts charts() {
    return new Charts(
        DashboardCharts.bar(
            text("chart.openRequests"),
            getByResidence().stream().map(Count::key).toList(),
            values(getByResidence()),
            true),
        DashboardCharts.doughnut(
            text("chart.openRequests"),
            getByCategory().stream().map(c -> technical(c.key())).toList(),
            values(getByCategory())),
        DashboardCharts.bar(
            text("chart.openRequests"),
            getByAge().stream().map(c -> text(c.key())).toList(),
            values(getByAge()),
            false),
        DashboardCharts.bar(
            text("chart.workingHours"),
            steps.stream().map(s -> stepLabel(s.stepKey(), s.name())).toList(),
            steps.stream().map(StepTime::workingHours).toList(),
            true),
        DashboardCharts.bar(
            text("chart.ratingsCount"),
            getRatings().stream().map(c -> text("rating.score", c.key())).toList(),
            values(getRatings()),
            false));
  }

  private static List<Long> values(List<Count> counts) {
    return counts.stream().map(Count::value).toList();
  }

  // The CSV export.

  /** The table's rows, every page, in its order, as a CSV file named after today. */
  public StreamedContent getCsv() {
    byte[] content = CsvExport.write(csvHeader(), csvRows());
    String name =
        "demandes-techniques-"
            + DateTimeFormatter.ISO_LOCAL_DATE.format(
                LocalDate.ofInstant(view.scope().now(), PARIS))
            + ".csv";
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  List<String> csvHeader() {
    return List.of(
        text("table.number"),
        text("table.residence"),
        text("table.category"),
        text("table.urgency"),
        text("table.step"),
        text("table.age"),
        text("table.due"),
        text("table.late"),
        text("table.rating"));
  }

  List<List<String>> csvRows() {
    DateTimeFormatter due = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PARIS);
    List<List<String>> lines = new ArrayList<>();
    for (DashboardRow r : sorted()) {
      List<String> line = new ArrayList<>();
      line.add(r.number());
      line.add(r.residence());
      line.add(r.category());
      line.add(r.urgency());
      line.add(r.step());
      line.add(String.valueOf(r.ageDays()));
      line.add(r.dueAt() == null ? "" : due.format(r.dueAt()));
      line.add(text(r.late() ? "table.yes" : "table.no"));
      line.add(r.rating() == null ? "" : String.valueOf(r.rating()));
      lines.add(line);
    }
    return lines;
  }

  private List<DashboardRow> sorted() {
    List<DashboardRow> list = new ArrayList<>(rows);
    Comparator<DashboardRow> column = sortField == null ? null : SORTABLE.get(sortField);
    list.sort(
        column == null
            ? DEFAULT_ORDER
            : (sortAscending ? column : column.reversed()).thenComparing(DEFAULT_ORDER));
    return list;
  }

  // Labels.

  /** One decimal, as a French reader writes it ("2,5"); a dash when there is nothing. */
  public String decimal(Double value) {
    if (value == null) {
      return text("figure.none");
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(value);
  }

  /** The name of a step of the technical process, from the bundle or else the engine's. */
  public String stepLabel(String stepKey, String engineName) {
    try {
      return ResourceBundle.getBundle(Messages.DASHBOARD_BUNDLE, locale())
          .getString("step." + stepKey);
    } catch (MissingResourceException e) {
      return engineName;
    }
  }

  /** "90 derniers jours". */
  public String periodLabel(int days) {
    return text("dashboard.period.option", days);
  }

  public String ageLabel(String key) {
    return text(key);
  }

  public String technical(String key) {
    return TechnicalTexts.text(key, locale());
  }

  private static String text(String key, Object... args) {
    return Messages.text(key, args);
  }

  private static String request(String key, String fallback) {
    try {
      return ResourceBundle.getBundle(Messages.REQUEST_BUNDLE, locale()).getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.FRENCH
        : faces.getViewRoot().getLocale();
  }

  // What the page reads.

  public boolean isLoaded() {
    return view != null;
  }

  public TechnicalDashboardView.KeyFigures getFigures() {
    return view.figures();
  }

  public List<Count> getByResidence() {
    return view.openByResidence();
  }

  public List<Count> getByCategory() {
    return view.openByCategory();
  }

  public List<Count> getByAge() {
    return view.openByAge();
  }

  public List<Count> getRatings() {
    return view.ratings();
  }

  public List<StepTime> getSteps() {
    return steps;
  }

  public Charts getCharts() {
    return charts;
  }

  public int getRowCount() {
    return rows.size();
  }

  public LazyDataModel<DashboardRow> getTable() {
    return table;
  }

  public Choices getChoices() {
    return choices;
  }

  /** The residences of the agency chosen, or of all the caller's agencies. */
  public List<ResidenceChoice> getResidences() {
    return choices.residences().stream()
        .filter(r -> agencyCode == null || r.agencyCode().equals(agencyCode))
        .toList();
  }

  public List<Integer> getPeriods() {
    return DashboardFilter.PERIODS;
  }

  public String getAgencyCode() {
    return agencyCode;
  }

  public void setAgencyCode(String agencyCode) {
    this.agencyCode = agencyCode == null || agencyCode.isBlank() ? null : agencyCode;
  }

  public Long getResidenceId() {
    return residenceId;
  }

  public void setResidenceId(Long residenceId) {
    this.residenceId = residenceId;
  }

  public Integer getPeriodDays() {
    return periodDays;
  }

  /** No period sent (a form posted without the list) is the default one. */
  public void setPeriodDays(Integer periodDays) {
    this.periodDays = periodDays == null ? DashboardFilter.DEFAULT_PERIOD : periodDays;
  }

  /** The rows in memory (a manager's agencies have a few hundred), sorted as the reader chose. */
  private final class RowModel extends LazyDataModel<DashboardRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return rows.size();
    }

    @Override
    public List<DashboardRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      sortField = null;
      for (SortMeta meta : sortBy.values()) {
        if (SORTABLE.containsKey(meta.getField()) && meta.getOrder() != SortOrder.UNSORTED) {
          sortField = meta.getField();
          sortAscending = meta.getOrder() == SortOrder.ASCENDING;
          break;
        }
      }
      List<DashboardRow> all = sorted();
      int from = Math.min(Math.max(0, first), all.size());
      int to = Math.min(from + Math.max(1, pageSize), all.size());
      return List.copyOf(all.subList(from, to));
    }

    @Override
    public String getRowKey(DashboardRow row) {
      return row.number();
    }

    @Override
    public DashboardRow getRowData(String rowKey) {
      return rows.stream().filter(r -> r.number().equals(rowKey)).findFirst().orElse(null);
    }
  }
}
