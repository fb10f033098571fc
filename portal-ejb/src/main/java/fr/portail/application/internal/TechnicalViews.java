package fr.portail.application.internal;

import fr.portail.application.TechnicalView;
import fr.portail.application.TechnicalView.ComplementView;
import fr.portail.application.TechnicalView.InterventionView;
import fr.portail.domain.model.agency.Unit;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.request.RequestDocument;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.model.technical.ContactSlot;
import fr.portail.domain.model.technical.Intervention;
import fr.portail.domain.model.technical.TechnicalReport;
import fr.portail.domain.shared.Address;
import java.util.List;

/** Builds what each reader may see of a technical report. */
final class TechnicalViews {

  private enum Reader {
    TENANT,
    STAFF,
    CONTRACTOR
  }

  private TechnicalViews() {}

  /** The unit's address as a visitor needs it: street, town and where in the building. */
  static String address(Contract contract) {
    Unit unit = contract.unit();
    Address a = unit.address();
    String address = a.street() + ", " + a.postalCode() + " " + a.city();
    return unit.location() == null ? address : address + " (" + unit.location() + ")";
  }

  /** The tenant's own report: no diagnosis, no instructions to the contractor, no other tenant. */
  static TechnicalView forTenant(TechnicalReport report) {
    return build(report, Reader.TENANT, null, List.of());
  }

  static TechnicalView forStaff(TechnicalReport report, List<String> followerNumbers) {
    return build(report, Reader.STAFF, null, followerNumbers);
  }

  /** A contractor's view: only the interventions ordered from its company. */
  static TechnicalView forContractor(TechnicalReport report, Long contractorId) {
    return build(report, Reader.CONTRACTOR, contractorId, List.of());
  }

  private static TechnicalView build(
      TechnicalReport r, Reader reader, Long contractorId, List<String> followers) {
    TenantRequest request = r.request();
    TechnicalReport carrier = r.mergedInto();
    String carrierStatus = null;
    if (carrier != null) {
      TenantRequest carried = carrier.request();
      carrierStatus =
          carried.resolution() != null
              ? "resolution." + carried.resolution().name()
              : "status." + carried.status().name();
    }
    List<InterventionView> interventions =
        r.interventions().stream()
            .filter(i -> reader != Reader.CONTRACTOR || i.contractor().id().equals(contractorId))
            .map(i -> intervention(i, reader))
            .toList();
    List<ComplementView> complements =
        r.complements().stream()
            .map(
                c ->
                    new ComplementView(
                        c.addedAt(),
                        c.author() == null ? null : c.author().displayName(),
                        c.text(),
                        ids(c.photos())))
            .toList();
    return new TechnicalView(
        request.id(),
        request.number(),
        r.area().name(),
        r.category().name(),
        r.trade().name(),
        r.urgency().name(),
        r.location().place(),
        r.location().floor(),
        r.location().staircase(),
        r.description(),
        r.slots().stream().map(ContactSlot::code).toList(),
        r.phone().display(),
        request.tenantName(),
        address(request.contract()),
        r.residence().name(),
        reader == Reader.TENANT ? null : r.diagnosis(),
        carrier == null ? null : carrier.request().number(),
        carrierStatus,
        reader == Reader.STAFF ? List.copyOf(followers) : List.of(),
        reader == Reader.STAFF && r.deadlineMissed(),
        r.rating() == null ? null : r.rating().score(),
        r.rating() == null ? null : r.rating().comment(),
        r.awaitingVerdict() && request.isWaitingForTenant(),
        complements,
        interventions);
  }

  private static InterventionView intervention(Intervention i, Reader reader) {
    return new InterventionView(
        i.cycle(),
        i.contractor().companyName(),
        i.contractor().phone().display(),
        i.orderedAt(),
        reader == Reader.TENANT ? null : i.instructions(),
        i.appointmentAt(),
        i.appointmentWithinSlots(),
        i.status().name(),
        i.answeredReason(),
        i.reportText(),
        i.minutesSpent(),
        i.doneAt(),
        i.verdict() == null ? null : i.verdict().name(),
        i.verdictText(),
        ids(i.photos()));
  }

  private static List<Long> ids(List<RequestDocument> documents) {
    return documents.stream().map(RequestDocument::id).toList();
  }
}
