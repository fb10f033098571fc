package fr.portail.domain;

import fr.portail.domain.model.agency.Agency;
import fr.portail.domain.model.agency.Residence;
import fr.portail.domain.model.agency.Unit;
import fr.portail.domain.model.agency.UnitKind;
import fr.portail.domain.model.contract.Civility;
import fr.portail.domain.model.contract.ClientReference;
import fr.portail.domain.model.contract.Contract;
import fr.portail.domain.model.contract.ContractKind;
import fr.portail.domain.model.contract.FileNumber;
import fr.portail.domain.model.contract.Person;
import fr.portail.domain.shared.Address;
import fr.portail.domain.shared.PhoneNumber;
import java.time.LocalDate;

/** Small, deterministic domain objects shared by the unit tests. */
public final class DomainFixtures {

  public static final LocalDate BIRTH_DATE = LocalDate.of(1970, 1, 1);
  public static final LocalDate START_DATE = LocalDate.of(2020, 9, 1);

  private DomainFixtures() {}

  public static Agency agency(String code) {
    return new Agency(
        code,
        "Agence " + code,
        new Address("1 place de la Mairie", "78000", "Versailles"),
        new PhoneNumber("01 23 45 67 89"),
        new PhoneNumber("06 00 00 00 01"),
        "Lundi au vendredi, 9h-12h et 14h-17h");
  }

  public static Unit unit(Agency agency) {
    Residence residence =
        new Residence(
            agency,
            "Résidence des Tilleuls",
            new Address("3 allée des Tilleuls", "78000", "Versailles"),
            "M. Bernard",
            new PhoneNumber("06 11 22 33 44"),
            "8h-12h");
    return new Unit(
        residence,
        "TIL-A-012",
        UnitKind.LOGEMENT,
        new Address("3 allée des Tilleuls", "78000", "Versailles"),
        "Bât. A, 3e étage, porte 12");
  }

  public static Contract contract(Agency agency) {
    return new Contract(
        new FileNumber("0123456789"),
        new ClientReference("TG12345678"),
        ContractKind.LOGEMENT,
        unit(agency),
        START_DATE);
  }

  public static Contract contract() {
    return contract(agency("NORD"));
  }

  public static Person person(String lastName, String firstName) {
    return new Person(Civility.MME, lastName, firstName, BIRTH_DATE);
  }
}
