package fr.portail.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A successful login, for the account holder's history. */
@Entity
@Table(name = "login_record")
@NamedQuery(
    name = "LoginRecord.latest",
    query =
        "select r.loggedInAt from LoginRecord r where r.account.id = :accountId"
            + " order by r.loggedInAt desc")
public class LoginRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", nullable = false)
  private UserAccount account;

  @Column(name = "logged_in_at", nullable = false)
  private Instant loggedInAt;

  protected LoginRecord() {}

  public LoginRecord(UserAccount account, Instant loggedInAt) {
    this.account = account;
    this.loggedInAt = loggedInAt;
  }

  public Instant loggedInAt() {
    return loggedInAt;
  }
}
