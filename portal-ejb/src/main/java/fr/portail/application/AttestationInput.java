package fr.portail.application;

import java.io.Serializable;
import java.time.LocalDate;

/** What the tenant types from his insurance attestation. */
public record AttestationInput(
    String insurer, String policyNumber, LocalDate validFrom, LocalDate validTo)
    implements Serializable {}
