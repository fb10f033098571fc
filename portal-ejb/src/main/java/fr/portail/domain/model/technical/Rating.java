package fr.portail.domain.model.technical;

import fr.portail.domain.shared.Checks;
import fr.portail.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/** The tenant's rating of a confirmed repair: 1 to 5, with an optional comment. */
@Embeddable
public class Rating implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int MIN = 1;
  public static final int MAX = 5;
  public static final int COMMENT_MAX = 1000;

  @Column(name = "rating")
  private Integer score;

  @Column(name = "rating_comment", length = COMMENT_MAX)
  private String comment;

  @Column(name = "rated_at")
  private Instant ratedAt;

  protected Rating() {}

  public Rating(Integer score, String comment, Instant ratedAt) {
    if (score == null || score < MIN || score > MAX) {
      throw new InvalidValueException("technical.rating.invalid", String.valueOf(score));
    }
    this.score = score;
    this.comment =
        comment == null || comment.isBlank()
            ? null
            : Checks.requireText(comment, COMMENT_MAX, "technical.ratingComment.invalid");
    this.ratedAt = ratedAt;
  }

  public int score() {
    return score;
  }

  public String comment() {
    return comment;
  }

  public Instant ratedAt() {
    return ratedAt;
  }
}
