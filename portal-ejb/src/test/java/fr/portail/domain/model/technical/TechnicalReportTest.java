package fr.portail.domain.model.technical;

import static fr.portail.domain.DomainFixtures.START_DATE;
import static fr.portail.domain.DomainFixtures.agency;
import static fr.portail.domain.DomainFixtures.person;
import static fr.portail.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.agency.Agency;
import fr.portail.domain.model.agency.Residence;
import fr.portail.domain.model.agency.Unit;
import fr.portail.domain.model.agency.UnitKind;
import fr.portail.domain.model.contract.ClientReference;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractKind;
import fr.portail.domain.model.contract.FileNumber;
import fr.portail.domain.model.contractor.Contractor;
import fr.portail.domain.model.contractor.Siret;
import fr.portail.domain.model.request.AttachmentKind;
import fr.portail.domain.model.request.RequestDocument;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.Resolution;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.shared.Address;
import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.FileType;
import fr.portail.domain.shared.PhoneNumber;
import fr.portail.domain.shared.UploadedFile;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report of a technical request: its checked input (place, slots, phone, photos), the
 * complements, the merge into an open common-area fault, the intervention cycles with their
 * appointments within the tenant's slots or only proposed, the rating and the deadline misses.
 */
class TechnicalReportTest {

  /** Wednesday 4 March 2026, 9:00 in Paris. */
  private static final Instant NOW = Instant.parse("2026-03-04T08:00:00Z");

  /** Tuesday 10 March 2026, 9:30: a morning slot of the tenant. */
  private static final LocalDateTime TUESDAY_MORNING = LocalDateTime.parse("2026-03-10T09:30");

  private static final List<ContactSlot> SLOTS =
      List.of(
          new ContactSlot(DayOfWeek.TUESDAY, DayPart.MORNING),
          new ContactSlot(DayOfWeek.THURSDAY, DayPart.EVENING));

  private Agency agency;
  private Residence residence;
  private UserAccount tenant;
  private UserAccount neighbour;
  private Contractor plumber;
  private int units;

  @BeforeEach
  void setUp() {
    agency = agency("NORD");
    residence =
        new Residence(
            agency,
            "Résidence des Tilleuls",
            new Address("3 allée des Tilleuls", "78000", "Versailles"),
            "M. Bernard",
            new PhoneNumber("06 11 22 33 44"),
            "8h-12h");
    tenant = UserAccount.tenant(new EmailAddress("a@example.fr"), "hash", person("Dupont", "Ana"));
    neighbour =
        UserAccount.tenant(new EmailAddress("b@example.fr"), "hash", person("Martin", "Léo"));
    plumber =
        new Contractor(
            "Plomberie Versaillaise",
            new Siret("81245678900013"),
            EnumSet.of(Trade.PLOMBERIE),
            Set.of(agency),
            new PhoneNumber("01 39 51 20 30"),
            new EmailAddress("contact@plomberie.example.fr"));
  }

  @Test
  void aReportTakesItsAreaTradeAndResidenceFromItsCategoryAndContract() {
    TechnicalReport report = report(TechnicalCategory.LOGEMENT_PLOMBERIE, tenant);

    assertThat(report.area()).isEqualTo(TechnicalArea.LOGEMENT);
    assertThat(report.trade()).isEqualTo(Trade.PLOMBERIE);
    assertThat(report.residence()).isSameAs(residence);
    assertThat(report.location().place()).isEqualTo("Cuisine");
    assertThat(report.location().floor()).isNull();
    assertThat(report.slots()).containsExactlyElementsOf(SLOTS);
    assertThat(report.phone().display()).isEqualTo("06 12 34 56 78");
  }

  @Test
  void aReportNeedsAPlaceADescriptionAndAtLeastOneSlotFromMondayToSaturday() {
    TenantRequest request = request(tenant);
    PhoneNumber phone = new PhoneNumber("0612345678");

    assertRefused("technical.place.invalid", () -> new RepairLocation("  ", null, null));
    assertRefused(
        "technical.floor.invalid", () -> new RepairLocation("Hall", "x".repeat(21), null));
    assertRefused(
        "technical.description.invalid",
        () ->
            TechnicalReport.of(
                request,
                TechnicalCategory.LOGEMENT_PLOMBERIE,
                new RepairLocation("Cuisine", null, null),
                " ",
                Urgency.NORMAL,
                SLOTS,
                phone));
    assertRefused(
        "technical.slots.required",
        () ->
            TechnicalReport.of(
                request,
                TechnicalCategory.LOGEMENT_PLOMBERIE,
                new RepairLocation("Cuisine", null, null),
                "Fuite",
                Urgency.NORMAL,
                List.of(),
                phone));
    assertRefused("technical.slots.invalid", () -> ContactSlot.parse("SUNDAY_MORNING"));
    assertRefused("technical.slots.invalid", () -> ContactSlot.parse("MONDAY_NIGHT"));
    assertRefused("technical.slots.invalid", () -> ContactSlot.parse("MONDAY"));
    assertThat(ContactSlot.parse("FRIDAY_EVENING"))
        .isEqualTo(new ContactSlot(DayOfWeek.FRIDAY, DayPart.EVENING));
    assertThat(ContactSlot.all()).hasSize(18);
  }

  @Test
  void aSixthPhotoIsRefused() {
    TechnicalReport.requirePhotoCount(5);
    assertRefused("technical.photos.tooMany", () -> TechnicalReport.requirePhotoCount(6));
  }

  @Test
  void aComplementNeedsTextOrPhotosAndAnOpenRequest() {
    TechnicalReport report = report(TechnicalCategory.LOGEMENT_PLOMBERIE, tenant);
    RequestDocument photo = photo(report.request(), AttachmentKind.PHOTO);

    Complement complement = report.addComplement(" Ça goutte encore. ", List.of(), tenant, NOW);
    Complement photosOnly = report.addComplement(null, List.of(photo), tenant, NOW);

    assertThat(complement.text()).isEqualTo("Ça goutte encore.");
    assertThat(photosOnly.text()).isNull();
    assertThat(photosOnly.photos()).containsExactly(photo);
    assertThat(report.complements()).containsExactly(complement, photosOnly);
    assertRefused(
        "technical.complement.empty", () -> report.addComplement(" ", List.of(), tenant, NOW));
    assertRefused(
        "technical.photos.tooMany",
        () ->
            report.addComplement(
                "six",
                IntStream.range(0, 6)
                    .mapToObj(i -> photo(report.request(), AttachmentKind.PHOTO))
                    .toList(),
                tenant,
                NOW));

    report.request().close(Resolution.RESOLVED, null, null, NOW);
    assertRefused(
        "technical.request.closed", () -> report.addComplement("Après", List.of(), tenant, NOW));
  }

  @Test
  void aCommonAreaReportIsMergedIntoTheOpenOneOfTheSameResidenceAndCategory() {
    TechnicalReport carrier = report(TechnicalCategory.COMMUNS_ASCENSEUR, tenant);
    TechnicalReport same = report(TechnicalCategory.COMMUNS_ASCENSEUR, neighbour);
    TechnicalReport otherCategory = report(TechnicalCategory.COMMUNS_ECLAIRAGE, neighbour);
    TechnicalReport inTheHome = report(TechnicalCategory.LOGEMENT_PLOMBERIE, neighbour);

    assertThat(same.canMergeInto(carrier)).isTrue();
    assertThat(same.canMergeInto(same)).as("not into itself").isFalse();
    assertThat(otherCategory.canMergeInto(carrier)).as("another kind of fault").isFalse();
    assertThat(inTheHome.canMergeInto(report(TechnicalCategory.LOGEMENT_PLOMBERIE, tenant)))
        .as("a fault in one's home is not shared")
        .isFalse();

    same.mergeInto(carrier);

    assertThat(same.mergedInto()).isSameAs(carrier);
    assertThat(carrier.canMergeInto(same))
        .as("a report carrying others is not merged, nor into a merged one")
        .isFalse();
    TechnicalReport third = report(TechnicalCategory.COMMUNS_ASCENSEUR, neighbour);
    assertThat(third.canMergeInto(same)).as("only into the carrier").isFalse();
    assertThat(third.canMergeInto(carrier)).isTrue();
    assertRefused("technical.merge.invalid", () -> otherCategory.mergeInto(carrier));
  }

  @Test
  void aReportIsNotMergedIntoAnotherResidencesOrAClosedRequest() {
    TechnicalReport carrier = report(TechnicalCategory.COMMUNS_ASCENSEUR, tenant);
    Residence elsewhere =
        new Residence(
            agency,
            "Résidence du Parc",
            new Address("1 allée du Parc", "78000", "Versailles"),
            "Mme Henry",
            new PhoneNumber("06 11 22 33 55"),
            "8h-12h");
    TechnicalReport far =
        TechnicalReport.of(
            request(neighbour, elsewhere),
            TechnicalCategory.COMMUNS_ASCENSEUR,
            new RepairLocation("Hall", null, null),
            "Ascenseur en panne",
            Urgency.NORMAL,
            SLOTS,
            new PhoneNumber("0612345678"));
    assertThat(far.canMergeInto(carrier)).isFalse();

    TechnicalReport late = report(TechnicalCategory.COMMUNS_ASCENSEUR, neighbour);
    carrier.request().close(Resolution.RESOLVED, null, null, NOW);
    assertThat(late.canMergeInto(carrier)).isFalse();
  }

  @Test
  void anInterventionIsOrderedFromAContractorOfTheTradeServingTheAgency() {
    TechnicalReport report = report(TechnicalCategory.LOGEMENT_PLOMBERIE, tenant);
    Contractor electrician =
        new Contractor(
            "Yvelines Électricité",
            new Siret("52345678900016"),
            EnumSet.of(Trade.ELECTRICITE),
            Set.of(agency),
            new PhoneNumber("01 30 21 40 50"),
            new EmailAddress("contact@elec.example.fr"));
    Contractor elsewhere =
        new Contractor(
            "Plombiers du Sud",
            new Siret("41234567800012"),
            EnumSet.of(Trade.PLOMBERIE),
            Set.of(agency("SUD")),
            new PhoneNumber("01 39 02 60 70"),
            new EmailAddress("contact@sud.example.fr"));

    assertRefused(
        "technical.contractor.invalid", () -> report.order(electrician, null, null, null, NOW));
    assertRefused(
        "technical.contractor.invalid", () -> report.order(elsewhere, null, null, null, NOW));
    plumber.deactivate();
    assertRefused(
        "technical.contractor.invalid", () -> report.order(plumber, null, null, null, NOW));
    plumber.reactivate();

    Intervention first = report.order(plumber, null, "Prévoir un joint de 20/27", null, NOW);
    assertThat(first.cycle()).isEqualTo(1);
    assertThat(first.status()).isEqualTo(InterventionStatus.ORDERED);
    assertThat(first.appointmentAt()).isNull();
    assertRefused(
        "technical.intervention.state", () -> report.order(plumber, null, null, null, NOW));
  }

  @Test
  void theCaretakersDiagnosisMayNameAnotherTrade() {
    TechnicalReport report = report(TechnicalCategory.LOGEMENT_AUTRE, tenant);
    assertThat(report.trade()).isEqualTo(Trade.MULTISERVICE);

    assertRefused("technical.diagnosis.invalid", () -> report.askIntervention(" ", null));
    report.askIntervention("Fuite au siphon, il faut un plombier.", Trade.PLOMBERIE);

    assertThat(report.trade()).isEqualTo(Trade.PLOMBERIE);
    assertThat(report.order(plumber, null, null, null, NOW).contractor()).isSameAs(plumber);
  }

  @Test
  void anAppointmentInTheTenantsSlotsIsSetOutsideThemItIsOnlyProposed() {
    TechnicalReport report = report(TechnicalCategory.LOGEMENT_PLOMBERIE, tenant);

    Intervention proposed =
        report.order(plumber, LocalDateTime.parse("2026-03-09T10:00"), null, null, NOW);
    assertThat(proposed.appointmentWithinSlots()).as("a Monday: not one of his slots").isFalse();

    assertRefused(
        "technical.appointment.past",
        () -> report.accept(LocalDateTime.parse("2026-03-03T10:00"), NOW));
    assertRefused(
        "technical.appointment.hours",
        () -> report.accept(LocalDateTime.parse("2026-03-10T21:00"), NOW));
    assertRefused("technical.appointment.required", () -> report.accept(null, NOW));

    Intervention accepted = report.accept(TUESDAY_MORNING, NOW);
    assertThat(accepted).isSameAs(proposed);
    assertThat(accepted.status()).isEqualTo(InterventionStatus.ACCEPTED);
    assertThat(accepted.appointmentWithinSlots()).isTrue();
    assertThat(accepted.appointmentAt()).isEqualTo(Instant.parse("2026-03-10T08:30:00Z"));

    assertThat(report.withinSlots(LocalDateTime.parse("2026-03-12T17:30")))
        .as("Thursday at the end of the day")
        .isTrue();
    assertThat(report.withinSlots(LocalDateTime.parse("2026-05-14T17:30")))
        .as("Ascension Day 2026 is a Thursday and a public holiday")
        .isFalse();
  }

  @Test
  void aRepairDoneIsConfirmedAndRatedFromOneToFive() {
    TechnicalReport report = acceptedReport();
    assertRefused("technical.report.invalid", () -> report.reportDone(" ", 30, NOW));
    assertRefused("technical.minutes.invalid", () -> report.reportDone("Fait", 0, NOW));
    assertRefused("technical.minutes.invalid", () -> report.reportDone("Fait", 1441, NOW));
    assertRefused("technical.verdict.notAwaited", () -> report.confirmRepair(5, null, NOW));

    report.reportDone("Joint changé", 45, NOW);
    assertThat(report.awaitingVerdict()).isTrue();
    assertRefused("technical.rating.invalid", () -> report.confirmRepair(0, null, NOW));
    assertRefused("technical.rating.invalid", () -> report.confirmRepair(6, null, NOW));
    assertRefused("technical.rating.invalid", () -> report.confirmRepair(null, null, NOW));
    assertRefused(
        "technical.ratingComment.invalid",
        () -> report.confirmRepair(4, "x".repeat(Rating.COMMENT_MAX + 1), NOW));

    report.confirmRepair(4, " Rapide et propre. ", NOW);

    assertThat(report.rating().score()).isEqualTo(4);
    assertThat(report.rating().comment()).isEqualTo("Rapide et propre.");
    assertThat(report.currentIntervention().orElseThrow().verdict())
        .isEqualTo(TenantVerdict.CONFIRMED);
    assertThat(report.awaitingVerdict()).isFalse();
    assertRefused("technical.verdict.notAwaited", () -> report.reportNotFixed("Non", NOW));
  }

  @Test
  void notFixedStartsANewCycleAndAnImpossibleOrDeclinedOneToo() {
    TechnicalReport report = acceptedReport();
    report.reportDone("Joint changé", 45, NOW);
    assertRefused("technical.notFixed.invalid", () -> report.reportNotFixed(" ", NOW));

    report.reportNotFixed("La fuite continue sous l'évier.", NOW);

    Intervention first = report.interventions().get(0);
    assertThat(first.verdict()).isEqualTo(TenantVerdict.NOT_FIXED);
    assertThat(first.verdictText()).isEqualTo("La fuite continue sous l'évier.");
    Intervention second = report.order(plumber, null, null, null, NOW);
    assertThat(second.cycle()).isEqualTo(2);
    assertRefused("technical.reason.invalid", () -> report.decline(" ", NOW));
    report.decline("Pas de disponibilité", NOW);
    assertThat(second.status()).isEqualTo(InterventionStatus.DECLINED);

    Intervention third = report.order(plumber, null, null, null, NOW);
    report.accept(TUESDAY_MORNING, NOW);
    report.reportUnable("Locataire absent", NOW);
    assertThat(third.status()).isEqualTo(InterventionStatus.UNABLE);
    assertThat(third.answeredReason()).isEqualTo("Locataire absent");
    assertThat(report.order(plumber, null, null, null, NOW).cycle()).isEqualTo(4);
  }

  @Test
  void theContractorsPhotosGoWithTheAcceptedInterventionFiveAtMost() {
    TechnicalReport report = acceptedReport();
    List<RequestDocument> five =
        IntStream.range(0, 5)
            .mapToObj(i -> photo(report.request(), AttachmentKind.INTERVENTION_REPORT))
            .toList();

    report.attachReportPhotos(five);

    assertThat(report.currentIntervention().orElseThrow().photos()).hasSize(5);
    assertRefused(
        "technical.photos.tooMany",
        () ->
            report.attachReportPhotos(
                List.of(photo(report.request(), AttachmentKind.INTERVENTION_REPORT))));
    assertThatThrownBy(
            () -> report.attachReportPhotos(List.of(photo(report.request(), AttachmentKind.PHOTO))))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void aMissedDeadlineFlagsTheReportAndKeepsWhichStepWasLate() {
    TechnicalReport report = report(TechnicalCategory.LOGEMENT_PLOMBERIE, tenant);
    assertThat(report.deadlineMissed()).isFalse();

    report.deadlineMissed("caretakerTriageTask", Instant.parse("2026-03-16T08:00:00Z"), NOW);

    assertThat(report.deadlineMissed()).isTrue();
    assertThat(report.deadlineMisses())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.stepKey()).isEqualTo("caretakerTriageTask");
              assertThat(m.dueAt()).isEqualTo(Instant.parse("2026-03-16T08:00:00Z"));
            });
  }

  @Test
  void theContractorsReportIsDueOneWorkingDayAfterTheAppointment() {
    ResponseDeadlines deadlines = ResponseDeadlines.defaults();

    // Friday 3 April 2026 at 14:00 in Paris: Easter Monday 6 April is a public holiday.
    assertThat(deadlines.reportDue(Instant.parse("2026-04-03T12:00:00Z")))
        .isEqualTo(Instant.parse("2026-04-07T12:00:00Z"));
  }

  private TechnicalReport acceptedReport() {
    TechnicalReport report = report(TechnicalCategory.LOGEMENT_PLOMBERIE, tenant);
    report.order(plumber, null, null, null, NOW);
    report.accept(TUESDAY_MORNING, NOW);
    return report;
  }

  private TechnicalReport report(TechnicalCategory category, UserAccount by) {
    return TechnicalReport.of(
        request(by),
        category,
        new RepairLocation(" Cuisine ", " ", null),
        "Fuite sous l'évier",
        Urgency.NORMAL,
        SLOTS,
        new PhoneNumber("06 12 34 56 78"));
  }

  private TenantRequest request(UserAccount by) {
    return request(by, residence);
  }

  private TenantRequest request(UserAccount by, Residence in) {
    units++;
    Unit unit =
        new Unit(
            in,
            "U-" + units,
            UnitKind.LOGEMENT,
            new Address(units + " allée des Tilleuls", "78000", "Versailles"),
            "Bât. A");
    Contract contract =
        new Contract(
            new FileNumber(String.format("01234567%02d", units)),
            new ClientReference(String.format("TG123456%02d", units)),
            ContractKind.LOGEMENT,
            unit,
            START_DATE);
    return TenantRequest.submitForm(
        "T" + units, contract, by, RequestType.TECHNICAL, "Plomberie — Cuisine", NOW);
  }

  private static RequestDocument photo(TenantRequest request, AttachmentKind kind) {
    return new RequestDocument(
        request,
        kind,
        new UploadedFile("fuite.png", FileType.PNG, new byte[] {1, 2, 3}),
        null,
        NOW);
  }
}
