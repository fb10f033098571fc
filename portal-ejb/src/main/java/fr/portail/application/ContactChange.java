package fr.portail.application;

import java.io.Serializable;

/**
 * New contact details as the tenant typed them on "Mon dossier": each field may be left empty
 * (nothing on file); phones in any usual French writing, the CAF number as seven digits.
 */
public record ContactChange(
    String homePhone, String mobilePhone, String workPhone, String contactEmail, String cafNumber)
    implements Serializable {}
