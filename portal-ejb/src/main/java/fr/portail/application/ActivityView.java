package fr.portail.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One of the tenant's latest actions on the home page: a login or a request (with its time), or a
 * payment recorded on his account (a day).
 */
public record ActivityView(LocalDate day, Instant at, String kind, String detail, BigDecimal amount)
    implements Serializable {}
