package fr.portail.interfaces.tenant.web;

import fr.portail.application.FileUpload;
import fr.portail.application.InvalidInputException;
import fr.portail.application.NotFoundException;
import fr.portail.application.RequestView;
import fr.portail.application.TechnicalRequestService;
import fr.portail.application.TechnicalView;
import fr.portail.interfaces.web.FileParts;
import fr.portail.interfaces.web.Messages;
import fr.portail.interfaces.web.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The technical part of the tenant's request page: his report, the interventions, and what he may
 * do: add a complement while the request is open, then confirm and rate the repair or say it is not
 * fixed.
 */
@Named
@ViewScoped
public class TechnicalRequestDetail implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TechnicalRequestService technical;
  @Inject private RequestDetail detail;

  private TechnicalView report;
  private String complementText;
  private transient List<Part> complementPhotos;
  private Integer rating;
  private String ratingComment;
  private String whatIsWrong;

  /** After the request's own loading: its report, when it is a technical request. */
  public void load() {
    RequestView request = detail.getRequest();
    if (request == null || !"TECHNICAL".equals(request.type())) {
      return;
    }
    try {
      report = technical.myReport(request.number());
    } catch (NotFoundException e) {
      NotFound.respond();
    }
  }

  public String addComplement() {
    List<FileUpload> files = new ArrayList<>();
    if (complementPhotos != null) {
      for (Part part : complementPhotos) {
        FileUpload file = FileParts.read(part);
        if (file != null) {
          files.add(file);
        }
      }
    }
    try {
      technical.addComplement(number(), complementText, files);
      Messages.infoAfterRedirect("complement.added", number());
      return back();
    } catch (InvalidInputException e) {
      error("complementForm", e);
    }
    return null;
  }

  public String confirm() {
    try {
      technical.confirmRepair(number(), rating, ratingComment);
      Messages.infoAfterRedirect("confirm.done", number());
      return back();
    } catch (InvalidInputException e) {
      error("confirmForm", e);
    }
    return null;
  }

  public String notFixed() {
    try {
      technical.reportNotFixed(number(), whatIsWrong);
      Messages.infoAfterRedirect("notFixed.done", number());
      return back();
    } catch (InvalidInputException e) {
      error("notFixedForm", e);
    }
    return null;
  }

  private static void error(String form, InvalidInputException e) {
    Messages.error(e.field() == null ? null : form + ":" + e.field(), e.messageKey());
  }

  private String number() {
    return detail.getRequest().number();
  }

  private String back() {
    return "/locataire/demande.xhtml?faces-redirect=true&numero=" + number();
  }

  /** Whether a complement may be added: the request is open. */
  public boolean isMayAddComplement() {
    return report != null && detail.getRequest().open();
  }

  /** The ratings offered, 1 to 5. */
  public List<Integer> getRatings() {
    return IntStream.rangeClosed(1, 5).boxed().toList();
  }

  public TechnicalView getReport() {
    return report;
  }

  public String getComplementText() {
    return complementText;
  }

  public void setComplementText(String complementText) {
    this.complementText = complementText;
  }

  public List<Part> getComplementPhotos() {
    return complementPhotos;
  }

  public void setComplementPhotos(List<Part> complementPhotos) {
    this.complementPhotos = complementPhotos;
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String getRatingComment() {
    return ratingComment;
  }

  public void setRatingComment(String ratingComment) {
    this.ratingComment = ratingComment;
  }

  public String getWhatIsWrong() {
    return whatIsWrong;
  }

  public void setWhatIsWrong(String whatIsWrong) {
    this.whatIsWrong = whatIsWrong;
  }
}
