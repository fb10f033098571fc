package fr.portail.application;

/** A document's bytes with a file name made by the portal. */
public record DocumentFile(String fileName, String contentType, byte[] content) {}
