package fr.portail.application;

import java.io.Serializable;

/**
 * What the officer enters when the landlord insures a home on the tenant's behalf: the insurer and
 * policy, the annual premium in euros and its increase in percent (0 to 10), as typed.
 */
public record SubstitutionInput(
    String insurer, String policyNumber, String annualPremium, String surchargePercent)
    implements Serializable {}
