package fr.portail.workflow;

import fr.portail.application.StaffDirectory.Choice;
import java.io.Serializable;
import java.util.List;

/** The values the inbox's filter lists offer to the caller. */
public record InboxChoices(
    List<Choice> processes, List<Choice> tasks, List<Choice> agencies, List<Choice> residences)
    implements Serializable {}
