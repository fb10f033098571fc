package fr.portail.application.internal;

import fr.portail.application.FileUpload;
import fr.portail.application.InvalidInputException;
import fr.portail.domain.shared.InvalidValueException;
import fr.portail.domain.shared.UploadedFile;
import fr.portail.infrastructure.upload.ContentInspector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns a form's file into a checked one, or refuses it with a message for its field. */
@ApplicationScoped
public class Uploads {

  @Inject private ContentInspector inspector;

  /** The checked file; {@link InvalidInputException} on the field when it is refused. */
  public UploadedFile check(FileUpload upload, String field) {
    if (upload == null || upload.empty()) {
      throw new InvalidInputException(field, "upload.required");
    }
    try {
      return inspector.inspect(upload.name(), upload.content());
    } catch (InvalidValueException e) {
      throw new InvalidInputException(field, e.messageKey());
    }
  }
}
