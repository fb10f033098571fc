package fr.portail.application;

import java.io.Serializable;

/** The new bank details as the tenant typed them in the RIB form, not yet checked. */
public record BankDetailsInput(
    String iban,
    String bic,
    String bankName,
    String lastName,
    String firstNames,
    String street,
    String postalCode,
    String city)
    implements Serializable {}
