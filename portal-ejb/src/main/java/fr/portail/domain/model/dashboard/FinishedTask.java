package fr.portail.domain.model.dashboard;

import java.time.Instant;

/** A step of a request's process that someone completed: which, from when to when. */
public record FinishedTask(String stepKey, String name, Instant createdAt, Instant endedAt) {}
