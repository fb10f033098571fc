package fr.portail.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A person of the household as the tenant typed him: civilité ("MME" or "M"), nom, prénom, date de
 * naissance and lien de parenté.
 */
public record OccupantInput(
    String civility, String lastName, String firstName, LocalDate birthDate, String relationship)
    implements Serializable {}
