package fr.portail.interfaces.tenant.web;

import fr.portail.application.InvalidInputException;
import fr.portail.application.MyHousehold;
import fr.portail.application.NotFoundException;
import fr.portail.application.OccupantChanges;
import fr.portail.application.OccupantInput;
import fr.portail.application.ProfileChangeService;
import fr.portail.application.RequestView;
import fr.portail.interfaces.web.Messages;
import fr.portail.interfaces.web.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * "Modifier les occupants" of one contract: each occupant who is not a signatory can be corrected
 * or marked as gone, and newcomers added; sending proposes the changes, which the agency checks.
 */
@Named
@ViewScoped
public class ChangeHousehold implements Serializable {

  private static final long serialVersionUID = 1L;

  /** At most this many newcomers in one request (a family moving in). */
  static final int MAX_NEWCOMERS = 6;

  private static final String FORM = "occupantsForm";

  @Inject private ProfileChangeService profileChanges;

  private Long contractId;
  private MyHousehold household;
  private List<Row> others = new ArrayList<>();
  private List<Row> newcomers = new ArrayList<>();

  /** Loads the household of the contract (the housing one without parameter); 404 otherwise. */
  public void load() {
    try {
      household = profileChanges.myHousehold(contractId);
    } catch (NotFoundException e) {
      NotFound.respond();
      return;
    }
    others = household.members().stream().filter(m -> !m.signatory()).map(Row::of).toList();
    newcomers = new ArrayList<>(List.of(new Row()));
  }

  public void addNewcomer() {
    if (newcomers.size() < MAX_NEWCOMERS) {
      newcomers.add(new Row());
    }
  }

  public String send() {
    if (!complete()) {
      return null;
    }
    List<OccupantInput> arriving = new ArrayList<>();
    for (Row row : newcomers) {
      if (row.used()) {
        arriving.add(row.input());
      }
    }
    Set<Long> leaving = new LinkedHashSet<>();
    Map<Long, OccupantInput> corrections = new LinkedHashMap<>();
    for (Row row : others) {
      if (row.leaves) {
        leaving.add(row.id);
      } else if (row.corrected()) {
        corrections.put(row.id, row.input());
      }
    }
    try {
      RequestView sent =
          profileChanges.proposeOccupantChanges(
              household.contractId(), new OccupantChanges(arriving, leaving, corrections));
      Messages.infoAfterRedirect("profile.sent", sent.number());
      return "/locataire/demande.xhtml?faces-redirect=true&numero=" + sent.number();
    } catch (InvalidInputException e) {
      Messages.error(clientIdOf(e.field()), e.messageKey());
    } catch (NotFoundException e) {
      Messages.error(null, "profile.occupant.unknown");
    }
    return null;
  }

  /** Every person being added or corrected has all his fields; says which are missing. */
  private boolean complete() {
    boolean complete = true;
    for (int i = 0; i < newcomers.size(); i++) {
      Row row = newcomers.get(i);
      if (row.used()) {
        complete &= row.requireAll(FORM + ":newcomers:" + i + ":");
      }
    }
    for (int i = 0; i < others.size(); i++) {
      Row row = others.get(i);
      if (!row.leaves && row.corrected()) {
        complete &= row.requireAll(FORM + ":others:" + i + ":");
      }
    }
    return complete;
  }

  /** "newcomer.1.lastName" or "occupant.42.birthDate" → the input's client id in the form. */
  private String clientIdOf(String field) {
    if (field == null) {
      return null;
    }
    Matcher m =
        java.util.regex.Pattern.compile("(newcomer|occupant)\\.(\\d+)\\.(\\w+)").matcher(field);
    if (!m.matches()) {
      return null;
    }
    if (m.group(1).equals("newcomer")) {
      return FORM + ":newcomers:" + m.group(2) + ":" + m.group(3);
    }
    Long id = Long.valueOf(m.group(2));
    for (int i = 0; i < others.size(); i++) {
      if (others.get(i).id.equals(id)) {
        return FORM + ":others:" + i + ":" + m.group(3);
      }
    }
    return null;
  }

  /** Today, as the date fields' upper bound (yyyy-MM-dd). */
  public String getToday() {
    return LocalDate.now().toString();
  }

  public boolean isMayAddNewcomer() {
    return newcomers.size() < MAX_NEWCOMERS;
  }

  /** The family links offered to a row: the usual ones, and the row's own if it is another. */
  public List<String> relationshipsFor(Row row) {
    List<String> offered = new ArrayList<>(household.relationships());
    if (row.originalRelationship != null && !offered.contains(row.originalRelationship)) {
      offered.add(0, row.originalRelationship);
    }
    return offered;
  }

  public Long getContractId() {
    return contractId;
  }

  public void setContractId(Long contractId) {
    this.contractId = contractId;
  }

  public MyHousehold getHousehold() {
    return household;
  }

  public List<MyHousehold.Member> getSignatories() {
    return household.members().stream().filter(MyHousehold.Member::signatory).toList();
  }

  public List<Row> getOthers() {
    return others;
  }

  public List<Row> getNewcomers() {
    return newcomers;
  }

  /** One person of the form: an occupant on file (with his id) or a newcomer. */
  public static class Row implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String NAME = "\\s*[\\p{L}\\p{M}][\\p{L}\\p{M} '’.\\-]*\\s*";

    private Long id;
    private String originalCivility;
    private String originalLastName;
    private String originalFirstName;
    private LocalDate originalBirthDate;
    private String originalRelationship;

    private boolean leaves;
    private String civility;

    @Size(max = 100, message = "{profile.occupant.lastName.invalid}")
    @Pattern(regexp = NAME, message = "{profile.occupant.lastName.invalid}")
    private String lastName;

    @Size(max = 100, message = "{profile.occupant.firstName.invalid}")
    @Pattern(regexp = NAME, message = "{profile.occupant.firstName.invalid}")
    private String firstName;

    @PastOrPresent(message = "{profile.occupant.birthDate.invalid}")
    private LocalDate birthDate;

    private String relationship;

    static Row of(MyHousehold.Member m) {
      Row row = new Row();
      row.id = m.id();
      row.originalCivility = row.civility = m.civility();
      row.originalLastName = row.lastName = m.lastName();
      row.originalFirstName = row.firstName = m.firstName();
      row.originalBirthDate = row.birthDate = m.birthDate();
      row.originalRelationship = row.relationship = m.relationship();
      return row;
    }

    /** A newcomer's row with anything typed in it. */
    boolean used() {
      return id == null
          && (civility != null
              || lastName != null
              || firstName != null
              || birthDate != null
              || relationship != null);
    }

    /** An occupant's row that differs from the file. */
    boolean corrected() {
      return id != null
          && !(Objects.equals(civility, originalCivility)
              && Objects.equals(lastName, originalLastName)
              && Objects.equals(firstName, originalFirstName)
              && Objects.equals(birthDate, originalBirthDate)
              && Objects.equals(relationship, originalRelationship));
    }

    boolean requireAll(String prefix) {
      boolean complete = true;
      if (civility == null) {
        Messages.error(prefix + "civility", "profile.occupant.civility.invalid");
        complete = false;
      }
      if (lastName == null) {
        Messages.error(prefix + "lastName", "profile.occupant.lastName.invalid");
        complete = false;
      }
      if (firstName == null) {
        Messages.error(prefix + "firstName", "profile.occupant.firstName.invalid");
        complete = false;
      }
      if (birthDate == null) {
        Messages.error(prefix + "birthDate", "profile.occupant.birthDate.invalid");
        complete = false;
      }
      if (relationship == null) {
        Messages.error(prefix + "relationship", "profile.occupant.relationship.invalid");
        complete = false;
      }
      return complete;
    }

    OccupantInput input() {
      return new OccupantInput(civility, lastName, firstName, birthDate, relationship);
    }

    public Long getId() {
      return id;
    }

    /** "DURAND Lucas", as the occupants table names him. */
    public String getName() {
      return originalLastName == null
          ? null
          : originalLastName.toUpperCase(java.util.Locale.FRENCH) + " " + originalFirstName;
    }

    public boolean isLeaves() {
      return leaves;
    }

    public void setLeaves(boolean leaves) {
      this.leaves = leaves;
    }

    public String getCivility() {
      return civility;
    }

    public void setCivility(String civility) {
      this.civility = civility;
    }

    public String getLastName() {
      return lastName;
    }

    public void setLastName(String lastName) {
      this.lastName = lastName;
    }

    public String getFirstName() {
      return firstName;
    }

    public void setFirstName(String firstName) {
      this.firstName = firstName;
    }

    public LocalDate getBirthDate() {
      return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
      this.birthDate = birthDate;
    }

    public String getRelationship() {
      return relationship;
    }

    public void setRelationship(String relationship) {
      this.relationship = relationship;
    }
  }
}
