package fr.portail.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests' SMTP server: GreenMail on 127.0.0.1 at the port the test server sends to (system
 * property portal.smtp.port), and helpers that read the real messages.
 */
public final class Mailbox {

  private Mailbox() {}

  public static GreenMailExtension smtp() {
    int port = Integer.parseInt(System.getProperty("portal.smtp.port", "28025"));
    return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

  /** The messages received for one address, oldest first. */
  public static List<MimeMessage> to(GreenMailExtension smtp, String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> recipients(m).contains(address.toLowerCase()))
        .toList();
  }

  private static String recipients(MimeMessage m) {
    try {
      return Arrays.toString(m.getRecipients(Message.RecipientType.TO)).toLowerCase();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The only message received for one address (waiting for it: the outbox sends it after commit).
   */
  public static MimeMessage single(GreenMailExtension smtp, String address) {
    return exactly(smtp, address, 1).get(0);
  }

  /**
   * The messages to the address once the expected number has arrived (the outbox sends them after
   * each commit, on a thread of its own), failing if more came.
   */
  public static List<MimeMessage> exactly(GreenMailExtension smtp, String address, int expected) {
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .until(() -> to(smtp, address).size() >= expected);
    List<MimeMessage> mails = to(smtp, address);
    if (mails.size() != expected) {
      throw new AssertionError(mails.size() + " e-mails to " + address + ", expected " + expected);
    }
    return mails;
  }

  /** The subjects of the messages to the address, once the expected number has arrived. */
  public static List<String> subjects(GreenMailExtension smtp, String address, int expected) {
    return exactly(smtp, address, expected).stream().map(Mailbox::subject).toList();
  }

  /**
   * Nothing was ever queued for the address: read in the outbox, so a rolled-back use case is
   * proven to have asked for no e-mail (waiting for one that never comes would prove nothing).
   */
  public static void assertNoneQueued(String address) {
    try {
      long queued =
          TestData.count("select count(*) from outgoing_mail where recipient = ?", address);
      if (queued != 0) {
        throw new AssertionError(queued + " e-mail(s) queued for " + address + ", expected none");
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The decoded part of the given type ("text/plain" or "text/html"). */
  public static String part(MimeMessage message, String type) {
    try {
      Multipart multipart = (Multipart) message.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (part.isMimeType(type)) {
          return (String) part.getContent();
        }
      }
      throw new AssertionError("no " + type + " part");
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The path and query of the first portal link in the text part (e.g. "/confirmation.xhtml?…").
   */
  public static String linkPath(MimeMessage message) {
    Matcher m =
        Pattern.compile("https?://[^/\\s]+/portail(/\\S+)").matcher(part(message, "text/plain"));
    if (!m.find()) {
      throw new AssertionError("no link in " + part(message, "text/plain"));
    }
    return m.group(1);
  }
}
