Feature: Voice call states
  The interaction control pane shows the state of a voice call, depending on what the agent
  does with the customer and with another agent.

  Background:
    Given the administrator has configured the tenant with the default values
    And the agent has logged in
    And the agent has chosen "Available"

  @SC-VS-01 @VS-1 @INT-20
  Scenario: Ringing while the incoming call popover is visible
    When a voice call request comes in
    Then the interaction control pane shows "Ringing" for the call

  @SC-VS-02 @VS-2
  Scenario: Call on Hold when the agent puts the customer on hold, and Connected again when the call is resumed
    Given a voice call request has come in
    And the agent has accepted the voice call request
    When the agent puts the call on hold
    Then the interaction control pane shows "Call on Hold" for the call
    When the agent resumes the call
    Then the interaction control pane shows "Connected" for the call

  @SC-VS-03 @VS-3
  Scenario: Consult Requested when the agent has started a consult call
    Given a voice call request has come in
    And the agent has accepted the voice call request
    When the agent requests a consult with another agent
    Then the interaction control pane shows "Consult Requested" for the call

  @SC-VS-04 @VS-4
  Scenario: Consulting while the agent consults another agent
    Given a voice call request has come in
    And the agent has accepted the voice call request
    When the agent requests a consult with another agent
    And the other agent answers
    Then the interaction control pane shows "Consulting" for the call

  @SC-VS-05 @VS-5
  Scenario: Consult on Hold when the agent has put the consulted agent on hold, and Consulting again when the call is resumed
    Given a voice call request has come in
    And the agent has accepted the voice call request
    And the agent requests a consult with another agent
    And the other agent answers
    When the agent places the consulted agent on hold
    Then the interaction control pane shows "Consult on Hold" for the call
    When the agent resumes the call
    Then the interaction control pane shows "Consulting" for the call

  @SC-VS-06 @VS-6
  Scenario: Conference with the customer and another agent
    Given a voice call request has come in
    And the agent has accepted the voice call request
    And the agent requests a consult with another agent
    And the other agent answers
    When the agent merges the call into a conference
    Then the interaction control pane shows "Conference" for the call

  @SC-VS-07 @VS-7
  Scenario: Wrap-Up when the agent has ended the voice call with the customer, and the call leaves the task list when wrap-up is done
    Given a voice call request has come in
    And the agent has accepted the voice call request
    When the agent ends the call
    Then the interaction control pane shows "Wrap-Up" for the call
    When the agent completes the wrap-up of the call
    Then the call is no longer in the task list

  @SC-VS-08 @VS-2 @VS-3 @VS-7
  Scenario: A consult can be requested from Call on Hold, and the call can be ended while the consult is only requested
    Given a voice call request has come in
    And the agent has accepted the voice call request
    And the agent puts the call on hold
    When the agent requests a consult with another agent
    Then the interaction control pane shows "Consult Requested" for the call
    When the agent ends the call
    Then the interaction control pane shows "Wrap-Up" for the call

  @SC-VS-09 @VS-2 @VS-7
  Scenario: A call can be ended while the customer is on hold
    Given a voice call request has come in
    And the agent has accepted the voice call request
    When the agent puts the call on hold
    And the agent ends the call
    Then the interaction control pane shows "Wrap-Up" for the call

  @SC-VS-10 @VS-4 @VS-7
  Scenario: A call can be ended while the agent is consulting another agent
    Given a voice call request has come in
    And the agent has accepted the voice call request
    And the agent requests a consult with another agent
    And the other agent answers
    When the agent ends the call
    Then the interaction control pane shows "Wrap-Up" for the call

  @SC-VS-11 @VS-5 @VS-6
  Scenario: A conference can be started while the consulted agent is on hold
    Given a voice call request has come in
    And the agent has accepted the voice call request
    And the agent requests a consult with another agent
    And the other agent answers
    And the agent places the consulted agent on hold
    When the agent merges the call into a conference
    Then the interaction control pane shows "Conference" for the call

  @SC-VS-12 @VS-2 @VS-7
  Scenario: Resuming a call that is not on hold, and holding a call that has left the task list, are refused
    Given a voice call request has come in
    And the agent has accepted the voice call request
    When the agent resumes the call
    Then the resumption is refused because the state does not allow it
    And the interaction control pane shows "Connected" for the call
    When the agent ends the call
    And the agent completes the wrap-up of the call
    And the agent puts the call on hold
    Then the hold is refused

  @SC-VS-13 @VS-7
  Scenario: Wrap-up can be completed only for a call in Wrap-Up, and only once
    Given a voice call request has come in
    And the agent has accepted the voice call request
    When the agent completes the wrap-up of the call
    Then the completion of the wrap-up is refused
    And the interaction control pane shows "Connected" for the call
    When the agent ends the call
    And the agent completes the wrap-up of the call
    And the agent completes the wrap-up of the call
    Then the completion of the wrap-up is refused

  @SC-VS-14 @VS-1 @INT-20 @INT-3
  Scenario: A call shows Ringing through 17.5 and 17.9 seconds, until it is accepted, and then Connected
    When a voice call request comes in
    And 17 seconds pass
    And 500000 microseconds pass
    Then the interaction control pane shows "Ringing" for the call
    When 400000 microseconds pass
    Then the interaction control pane shows "Ringing" for the call
    When the agent accepts the voice call request
    Then the interaction control pane shows "Connected" for the call

  @SC-VS-15 @VS-1 @INT-20 @INT-16
  Scenario: A chat request waiting for an answer shows Offered, not Ringing, and a call that comes in while the chat is connected shows Ringing
    When a chat request comes in
    Then the interaction control pane shows "Offered" for the chat
    When the agent accepts the chat request
    And a voice call request comes in
    Then the interaction control pane shows "Ringing" for the call
    And the interaction control pane shows "Connected" for the chat
