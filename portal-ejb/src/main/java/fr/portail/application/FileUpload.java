package fr.portail.application;

import java.io.Serializable;

/**
 * A file as a form received it: the name the sender gave it and its bytes, not yet checked (the use
 * case recognises its type from the content and refuses what is not PDF, JPEG or PNG).
 */
public record FileUpload(String name, byte[] content) implements Serializable {

  /** Whether the form's file field was left empty. */
  public boolean empty() {
    return content == null || content.length == 0;
  }
}
