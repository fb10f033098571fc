package fr.portail.interfaces.tenant.web;

import fr.portail.application.FileUpload;
import fr.portail.application.InvalidInputException;
import fr.portail.application.RequestView;
import fr.portail.application.TechnicalForm;
import fr.portail.application.TechnicalForm.ContractChoice;
import fr.portail.application.TechnicalRequestService;
import fr.portail.application.TechnicalSubmission;
import fr.portail.domain.model.technical.ContactSlot;
import fr.portail.domain.model.technical.TechnicalArea;
import fr.portail.domain.model.technical.TechnicalCategory;
import fr.portail.domain.model.technical.UpkeepAdvice;
import fr.portail.domain.model.technical.UpkeepGuidance;
import fr.portail.domain.model.technical.Urgency;
import fr.portail.interfaces.web.FileParts;
import fr.portail.interfaces.web.Messages;
import fr.portail.interfaces.web.TechnicalLabels;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "Signaler un problème technique": the tenant chooses the area and the kind of problem (the upkeep
 * guidance shows as soon as he does), says where, describes it, joins up to five photos, says how
 * urgent it is (the on-call number shows at once for an emergency outside opening hours), when he
 * can be reached, and checks his phone.
 */
@Named
@ViewScoped
public class NewTechnicalRequest implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TechnicalRequestService technical;
  @Inject private TechnicalLabels labels;

  private TechnicalForm form;
  private Long contractId;
  private TechnicalArea area;
  private TechnicalCategory category;
  private String place;
  private String floor;
  private String staircase;
  private String description;
  private Urgency urgency;
  private List<String> slots = new ArrayList<>();
  private String phone;
  private boolean phoneConfirmed;

  /** The files of the form, read in the request that sends them. */
  private transient List<Part> photos;

  @PostConstruct
  void load() {
    form = technical.newRequestForm();
    if (form.contracts().size() == 1) {
      contractId = form.contracts().get(0).id();
    }
    phone = form.phone();
  }

  /** A new area: the kind of problem chosen before stays only if it belongs to it. */
  public void areaChanged() {
    if (category != null && area != null && category.area() != area) {
      category = null;
    }
  }

  public String send() {
    List<FileUpload> files = new ArrayList<>();
    if (photos != null) {
      for (Part part : photos) {
        FileUpload file = FileParts.read(part);
        if (file != null) {
          files.add(file);
        }
      }
    }
    try {
      RequestView sent =
          technical.submit(
              new TechnicalSubmission(
                  contractId,
                  category == null ? null : category.name(),
                  place,
                  floor,
                  staircase,
                  description,
                  urgency == null ? null : urgency.name(),
                  slots,
                  phone,
                  phoneConfirmed),
              files);
      return "/locataire/demande-technique-envoyee.xhtml?faces-redirect=true&numero="
          + sent.number();
    } catch (InvalidInputException e) {
      Messages.error(e.field() == null ? null : "technicalForm:" + e.field(), e.messageKey());
    }
    return null;
  }

  /** The kinds of problem of the chosen area, or of every area in groups. */
  public List<SelectItem> getCategoryItems() {
    List<SelectItem> items = new ArrayList<>();
    if (area != null) {
      for (TechnicalCategory c : TechnicalCategory.of(area)) {
        items.add(new SelectItem(c, labels.text(c.labelKey())));
      }
      return items;
    }
    for (TechnicalArea a : TechnicalArea.values()) {
      SelectItemGroup group = new SelectItemGroup(labels.text(a.labelKey()));
      group.setSelectItems(
          TechnicalCategory.of(a).stream()
              .map(c -> new SelectItem(c, labels.text(c.labelKey())))
              .toArray(SelectItem[]::new));
      items.add(group);
    }
    return items;
  }

  public TechnicalArea[] getAreas() {
    return TechnicalArea.values();
  }

  public Urgency[] getUrgencies() {
    return Urgency.values();
  }

  /** Every weekly slot the tenant may tick, in week order, by its code. */
  public List<SelectItem> getSlotItems() {
    return ContactSlot.all().stream()
        .map(s -> new SelectItem(s.code(), labels.slot(s.code())))
        .toList();
  }

  /** Who usually pays for the chosen kind of problem (décret n° 87-712); null before a choice. */
  public UpkeepAdvice getAdvice() {
    return category == null ? null : UpkeepGuidance.forCategory(category);
  }

  /** Whether the agencies are closed now (night, week-end, public holiday). */
  public boolean isOutsideOfficeHours() {
    return form.outsideOfficeHours();
  }

  /** Whether the tenant chose "urgent" while the agencies are closed: the on-call box shows. */
  public boolean isOnCallNow() {
    return urgency == Urgency.URGENT && form.outsideOfficeHours();
  }

  /** The on-call numbers to show: the chosen contract's agency's, or each of his agencies'. */
  public List<ContractChoice> getOnCallAgencies() {
    Map<String, ContractChoice> byPhone = new LinkedHashMap<>();
    for (ContractChoice c : form.contracts()) {
      if (c.onCallPhone() != null && (contractId == null || c.id().equals(contractId))) {
        byPhone.putIfAbsent(c.onCallPhone(), c);
      }
    }
    return List.copyOf(byPhone.values());
  }

  public List<ContractChoice> getContracts() {
    return form.contracts();
  }

  public boolean isHasContracts() {
    return !form.contracts().isEmpty();
  }

  public Long getContractId() {
    return contractId;
  }

  public void setContractId(Long contractId) {
    this.contractId = contractId;
  }

  public TechnicalArea getArea() {
    return area;
  }

  public void setArea(TechnicalArea area) {
    this.area = area;
  }

  public TechnicalCategory getCategory() {
    return category;
  }

  public void setCategory(TechnicalCategory category) {
    this.category = category;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getFloor() {
    return floor;
  }

  public void setFloor(String floor) {
    this.floor = floor;
  }

  public String getStaircase() {
    return staircase;
  }

  public void setStaircase(String staircase) {
    this.staircase = staircase;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public void setUrgency(Urgency urgency) {
    this.urgency = urgency;
  }

  public List<String> getSlots() {
    return slots;
  }

  public void setSlots(List<String> slots) {
    this.slots = slots == null ? new ArrayList<>() : new ArrayList<>(slots);
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public boolean isPhoneConfirmed() {
    return phoneConfirmed;
  }

  public void setPhoneConfirmed(boolean phoneConfirmed) {
    this.phoneConfirmed = phoneConfirmed;
  }

  public List<Part> getPhotos() {
    return photos;
  }

  public void setPhotos(List<Part> photos) {
    this.photos = photos == null ? null : photos.stream().filter(Objects::nonNull).toList();
  }
}
