Feature: Email, chat and social states
  For email, chat and social messages the interaction control pane shows the states that
  belong to the digital channels.

  Background:
    Given the administrator has configured the tenant with the default values
    And the agent has logged in
    And the agent has chosen "Available"

  @SC-DG-01 @DG-1
  Scenario: Wrap-Up when the agent has ended the email communication with the customer, and the email leaves the task list when wrap-up is done
    Given an email request has come in
    And the agent has accepted the email request
    When the agent ends the email
    Then the interaction control pane shows "Wrap-Up" for the email
    When the agent completes the wrap-up of the email
    Then the email is no longer in the task list

  @SC-DG-02 @DG-1 @INT-28
  Scenario: Starting a conference in an email is refused and the email stays Connected
    Given an email request has come in
    And the agent has accepted the email request
    When the agent starts a conference in the email
    Then the conference is refused
    And the interaction control pane shows "Connected" for the email

  @SC-DG-03 @DG-2 @DG-3 @DG-4
  Scenario: A chat goes from Conference Requested to Conference and Wrap-Up
    Given a chat request has come in
    And the agent has accepted the chat request
    When the agent starts a conference in the chat
    Then the interaction control pane shows "Conference Requested" for the chat
    When the other agent joins the conference in the chat
    Then the interaction control pane shows "Conference" for the chat
    When the agent ends the chat
    Then the interaction control pane shows "Wrap-Up" for the chat

  @SC-DG-04 @DG-2 @DG-3 @DG-4 @needs-social_channel
  Scenario: A social message goes from Conference Requested to Conference and Wrap-Up, and leaves the task list when wrap-up is done
    Given a social message request has come in
    And the agent has accepted the social message request
    When the agent starts a conference in the social message
    Then the interaction control pane shows "Conference Requested" for the social message
    When the other agent joins the conference in the social message
    Then the interaction control pane shows "Conference" for the social message
    When the agent ends the social message
    Then the interaction control pane shows "Wrap-Up" for the social message
    When the agent completes the wrap-up of the social message
    Then the social message is no longer in the task list

  @SC-DG-05 @DG-4
  Scenario: Wrap-Up when the agent ends a chat without a conference, and the chat leaves the task list when wrap-up is done
    Given a chat request has come in
    And the agent has accepted the chat request
    When the agent ends the chat
    Then the interaction control pane shows "Wrap-Up" for the chat
    When the agent completes the wrap-up of the chat
    Then the chat is no longer in the task list

  @SC-DG-06 @DG-2 @DG-4
  Scenario: A chat can be ended while its conference is only requested
    Given a chat request has come in
    And the agent has accepted the chat request
    When the agent starts a conference in the chat
    And the agent ends the chat
    Then the interaction control pane shows "Wrap-Up" for the chat

  @SC-DG-07 @DG-2 @VS-2 @VS-3 @INT-34
  Scenario: A chat cannot be put on hold and has no consult; it stays Connected
    Given a chat request has come in
    And the agent has accepted the chat request
    When the agent puts the chat on hold
    Then the hold is refused because the channel has no such action
    And the interaction control pane shows "Connected" for the chat
    When the agent requests a consult with another agent in the chat
    Then the consult is refused
    And the interaction control pane shows "Connected" for the chat
