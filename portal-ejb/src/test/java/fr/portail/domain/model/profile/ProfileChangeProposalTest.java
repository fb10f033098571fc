package fr.portail.domain.model.profile;

import static fr.portail.domain.DomainFixtures.contract;
import static fr.portail.domain.DomainFixtures.person;
import static fr.portail.domain.Refusals.assertRefused;
import static fr.portail.domain.TestIds.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.portail.domain.model.account.UserAccount;
import fr.portail.domain.model.contract.Civility;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.Occupant;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.model.profile.ContactDetails.Field;
import fr.portail.domain.model.request.RequestType;
import fr.portail.domain.model.request.TenantRequest;
import fr.portail.domain.shared.EmailAddress;
import fr.portail.domain.shared.InvalidValueException;
import fr.portail.domain.shared.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProfileChangeProposalTest {

  private static final Instant AT = Instant.parse("2026-03-04T09:00:00Z");
  private static final Instant DECIDED = Instant.parse("2026-03-05T15:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

  private Contract contract;
  private Person signatory;
  private Person child;
  private Person coSignatory;
  private Occupant childRow;
  private Occupant coSignatoryRow;
  private UserAccount tenant;

  @BeforeEach
  void household() {
    contract = withId(contract(), 42L);
    signatory = withId(person("Dupont", "Martine"), 1L);
    signatory.changeContact(
        new EmailAddress("martine@exemple.fr"), null, new PhoneNumber("0600000001"), null);
    signatory.changeCafNumber("1234567");
    coSignatory = withId(new Person(Civility.M, "Dupont", "Paul", LocalDate.of(1968, 5, 1)), 2L);
    child = withId(new Person(Civility.M, "Dupont", "Martin", LocalDate.of(2000, 1, 1)), 3L);
    contract.addOccupant(signatory, null, true);
    contract.addOccupant(coSignatory, "conjoint(e)", true);
    contract.addOccupant(child, "enfant", false);
    withId(contract.occupants().get(0), 100L);
    coSignatoryRow = withId(contract.occupants().get(1), 101L);
    childRow = withId(contract.occupants().get(2), 102L);
    tenant = UserAccount.tenant(new EmailAddress("martine.dupont@exemple.fr"), "hash", signatory);
  }

  private TenantRequest request() {
    return TenantRequest.submitForm(
        "1000001", contract, tenant, RequestType.PROFILE_CHANGE, "Mise à jour", AT);
  }

  private static ContactDetails details(String mobile, String email, String caf) {
    return new ContactDetails(
        null,
        mobile == null ? null : new PhoneNumber(mobile),
        null,
        email == null ? null : new EmailAddress(email),
        caf);
  }

  @Test
  void aContactChangeIsStoredNotAppliedUntilApproved() {
    ProfileChangeProposal proposal =
        ProfileChangeProposal.contactChange(
            request(), signatory, details("07 12 34 56 78", "martine@exemple.fr", "1234567"), AT);

    assertThat(proposal.kind()).isEqualTo(ProfileChangeProposal.Kind.CONTACT);
    assertThat(proposal.status()).isEqualTo(ProfileChangeProposal.Status.PENDING);
    assertThat(proposal.contract()).isSameAs(contract);
    assertThat(proposal.changedFields()).containsExactly(Field.MOBILE_PHONE);
    assertThat(proposal.previous().mobilePhone()).isEqualTo(new PhoneNumber("0600000001"));
    assertThat(signatory.mobilePhone())
        .as("the file does not change on submission")
        .isEqualTo(new PhoneNumber("0600000001"));

    assertThat(proposal.approve(DECIDED)).isEmpty();

    assertThat(signatory.mobilePhone()).isEqualTo(new PhoneNumber("0712345678"));
    assertThat(signatory.contactEmail()).isEqualTo(new EmailAddress("martine@exemple.fr"));
    assertThat(signatory.cafNumber()).isEqualTo("1234567");
    assertThat(proposal.status()).isEqualTo(ProfileChangeProposal.Status.APPLIED);
    assertThat(proposal.decidedAt()).isEqualTo(DECIDED);
  }

  @Test
  void approvalAppliesOnlyWhatTheTenantChangedNotWhatTheFileGainedMeanwhile() {
    ProfileChangeProposal proposal =
        ProfileChangeProposal.contactChange(
            request(), signatory, details("0600000001", "martine@exemple.fr", "7654321"), AT);
    // The agency records a work phone between the proposal and its approval.
    signatory.changeContact(
        signatory.contactEmail(), null, signatory.mobilePhone(), new PhoneNumber("0139000000"));

    proposal.approve(DECIDED);

    assertThat(signatory.cafNumber()).isEqualTo("7654321");
    assertThat(signatory.workPhone()).isEqualTo(new PhoneNumber("0139000000"));
  }

  @Test
  void clearingAFieldIsAChangeToo() {
    ProfileChangeProposal proposal =
        ProfileChangeProposal.contactChange(
            request(), signatory, details("0600000001", null, "1234567"), AT);

    assertThat(proposal.changedFields()).containsExactly(Field.CONTACT_EMAIL);
    proposal.approve(DECIDED);
    assertThat(signatory.contactEmail()).isNull();
  }

  @Test
  void aContactChangeThatChangesNothingIsRefused() {
    TenantRequest request = request();
    ContactDetails same = details("06 00 00 00 01", "MARTINE@exemple.fr", "1234567");

    assertRefused(
        "profile.noChange",
        () -> ProfileChangeProposal.contactChange(request, signatory, same, AT));
  }

  @Test
  void onlyASignatoryOfTheContractProposesAndOnlyAsAProfileChange() {
    Person stranger = withId(person("Autre", "Personne"), 9L);
    ContactDetails details = details("0712345678", null, null);

    assertThatThrownBy(() -> ProfileChangeProposal.contactChange(request(), stranger, details, AT))
        .isInstanceOf(IllegalArgumentException.class);
    TenantRequest contact =
        TenantRequest.submit("1000002", contract, tenant, RequestType.CONTACT, "Objet", "Msg", AT);
    assertThatThrownBy(() -> ProfileChangeProposal.contactChange(contact, signatory, details, AT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void householdChangesAreAppliedOnApproval() {
    OccupantData newborn =
        OccupantData.of(Civility.MME, "Dupont", "Léa", LocalDate.of(2026, 2, 1), "enfant", TODAY);
    ProfileChangeProposal proposal =
        ProfileChangeProposal.occupantChanges(
            request(), signatory, List.of(newborn), Set.of(childRow.id()), Map.of(), AT);

    assertThat(proposal.occupantChanges())
        .extracting(OccupantChange::kind, OccupantChange::occupantId)
        .containsExactly(
            tuple(OccupantChange.Kind.REMOVE, 102L), tuple(OccupantChange.Kind.ADD, null));
    assertThat(proposal.occupantChanges().get(0).previous().firstName()).isEqualTo("Martin");
    assertThat(contract.occupants()).hasSize(3);

    List<Person> created = proposal.approve(DECIDED);

    assertThat(created).extracting(Person::firstName).containsExactly("Léa");
    assertThat(contract.occupants())
        .extracting(o -> o.person().firstName(), Occupant::relationship, Occupant::signatory)
        .containsExactly(
            tuple("Martine", null, true),
            tuple("Paul", "conjoint(e)", true),
            tuple("Léa", "enfant", false));
  }

  @Test
  void aCorrectionChangesTheOccupantsIdentityAndLink() {
    OccupantData fixed =
        OccupantData.of(Civility.M, "Dupont", "Martin", LocalDate.of(2000, 1, 10), "fils", TODAY);
    ProfileChangeProposal proposal =
        ProfileChangeProposal.occupantChanges(
            request(), signatory, List.of(), Set.of(), Map.of(childRow.id(), fixed), AT);

    proposal.approve(DECIDED);

    assertThat(child.birthDate()).isEqualTo(LocalDate.of(2000, 1, 10));
    assertThat(childRow.relationship()).isEqualTo("fils");
  }

  @Test
  void aCorrectionIdenticalToTheFileOrOfSomeoneLeavingChangesNothing() {
    OccupantData same = OccupantData.of(childRow);
    OccupantData other =
        OccupantData.of(Civility.M, "Dupont", "Marty", LocalDate.of(2000, 1, 1), "enfant", TODAY);
    TenantRequest request = request();
    Long id = childRow.id();

    assertRefused(
        "profile.noChange",
        () ->
            ProfileChangeProposal.occupantChanges(
                request, signatory, List.of(), Set.of(), Map.of(id, same), AT));
    ProfileChangeProposal leaving =
        ProfileChangeProposal.occupantChanges(
            request, signatory, List.of(), Set.of(id), Map.of(id, other), AT);
    assertThat(leaving.occupantChanges())
        .extracting(OccupantChange::kind)
        .containsExactly(OccupantChange.Kind.REMOVE);
  }

  @Test
  void aSignatoryNeitherLeavesNorIsCorrectedHere() {
    TenantRequest request = request();
    Long id = coSignatoryRow.id();
    OccupantData fixed =
        OccupantData.of(
            Civility.M, "Dupond", "Paul", LocalDate.of(1968, 5, 1), "conjoint(e)", TODAY);

    assertRefused(
        "occupant.signatory",
        () ->
            ProfileChangeProposal.occupantChanges(
                request, signatory, List.of(), Set.of(id), Map.of(), AT));
    assertRefused(
        "occupant.signatory",
        () ->
            ProfileChangeProposal.occupantChanges(
                request, signatory, List.of(), Set.of(), Map.of(id, fixed), AT));
  }

  @Test
  void anOccupantOfAnotherContractIsUnknown() {
    TenantRequest request = request();

    assertRefused(
        "occupant.unknown",
        () ->
            ProfileChangeProposal.occupantChanges(
                request, signatory, List.of(), Set.of(999L), Map.of(), AT));
  }

  @Test
  void aNewcomerAlreadyInTheHouseholdIsRefused() {
    OccupantData again =
        OccupantData.of(Civility.M, "DUPONT", "martin", LocalDate.of(2000, 1, 1), "enfant", TODAY);
    TenantRequest request = request();

    assertRefused(
        "occupant.duplicate",
        () ->
            ProfileChangeProposal.occupantChanges(
                request, signatory, List.of(again), Set.of(), Map.of(), AT));
  }

  @Test
  void anEmptyHouseholdChangeIsRefused() {
    TenantRequest request = request();

    assertRefused(
        "profile.noChange",
        () ->
            ProfileChangeProposal.occupantChanges(
                request, signatory, List.of(), Set.of(), Map.of(), AT));
  }

  @Test
  void anOccupantWhoLeftMeanwhileMakesTheApprovalFailWithoutAnyChange() {
    OccupantData newborn =
        OccupantData.of(Civility.MME, "Dupont", "Léa", LocalDate.of(2026, 2, 1), "enfant", TODAY);
    ProfileChangeProposal proposal =
        ProfileChangeProposal.occupantChanges(
            request(), signatory, List.of(newborn), Set.of(childRow.id()), Map.of(), AT);
    contract.removeOccupant(childRow.id());
    int before = contract.occupants().size();

    assertThatThrownBy(() -> proposal.approve(DECIDED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("occupant.unknown");
    assertThat(proposal.isPending()).isTrue();
    assertThat(contract.occupants()).as("the newcomer is not added either").hasSize(before);
  }

  @Test
  void aRejectedOrExpiredProposalLeavesTheFileAndIsDecidedOnce() {
    ProfileChangeProposal rejected =
        ProfileChangeProposal.contactChange(
            request(), signatory, details("0712345678", null, null), AT);

    rejected.reject(DECIDED);

    assertThat(rejected.status()).isEqualTo(ProfileChangeProposal.Status.REJECTED);
    assertThat(signatory.mobilePhone()).isEqualTo(new PhoneNumber("0600000001"));
    assertThatIllegalStateException().isThrownBy(() -> rejected.approve(DECIDED));

    ProfileChangeProposal expired =
        ProfileChangeProposal.contactChange(
            request(), signatory, details("0712345678", null, null), AT);
    expired.expire(DECIDED);
    assertThat(expired.status()).isEqualTo(ProfileChangeProposal.Status.EXPIRED);
    assertThat(signatory.cafNumber()).isEqualTo("1234567");
    assertThatIllegalStateException().isThrownBy(() -> expired.reject(DECIDED));
  }
}
