Feature: Engaged
  The Engaged label shows that the agent is busy with a customer. It is a label, not a
  state of its own: the state beneath it stays, and the icon shows which one it is.

  Background:
    Given the administrator has configured the tenant with the default values

  @SC-EN-01 @EN-1
  Scenario: Accepting a request shows the Engaged label
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    When the agent accepts the voice call request
    Then the availability field shows the label "Engaged"
    And the icon is "Engaged in the Available state"
    And the status is still "Available"

  @SC-EN-02 @EN-2 @INT-5
  Scenario: An idle reason chosen during the call changes the icon to Engaged in the Idle state
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has accepted the voice call request
    When the agent chooses "Lunch break"
    Then the availability field shows the label "Engaged"
    And the icon is "Engaged in the Idle state"
    And no requests are routed to the agent

  @SC-EN-03 @EN-3 @INT-22 @INT-4 @reading-INT-4-total
  Scenario: The connected timer is shown in the task list and not in the availability field
    Given the agent has logged in
    And the agent has chosen "Available"
    And a chat request has come in
    And the agent has accepted the chat request
    When 4 minutes pass
    Then the task list shows the connected timer "04:00" beside the chat
    And no state timer is shown
    When the agent ends the chat
    And 1 minute passes
    Then the task list shows the connected timer "05:00" beside the chat
    When the agent completes the wrap-up of the chat
    Then the chat is no longer in the task list
    And the availability field shows the label "Available"
    And the state timer shows "05:00"

  @SC-EN-04 @EN-4 @INT-16 @needs-social_channel @needs-campaign_calls
  Scenario: Engaged in Available keeps receiving requests on other channels up to their capacity
    Given the administrator has set the chat channel capacity to 2
    And the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has accepted the voice call request
    When a chat request comes in
    And the agent accepts the chat request
    And another chat request comes in
    And the agent accepts the chat request
    Then chat requests are not routed to the agent
    And voice call requests are not routed to the agent
    And campaign call requests are not routed to the agent
    And email requests are routed to the agent
    And social message requests are routed to the agent

  @SC-EN-05 @EN-5 @INT-4 @reading-INT-4-total
  Scenario: When the interaction ends Engaged in Available becomes Available
    Given the agent has logged in
    And the agent has chosen "Available"
    And 1 minute passes
    And a voice call request has come in
    And the agent has accepted the voice call request
    And 3 minutes pass
    When the agent ends the call
    And the agent completes the wrap-up of the call
    Then the status is "Available"
    And the availability field shows the label "Available"
    And the icon is "Available"
    And the state timer shows "04:00"
    And requests on every channel are routed to the agent

  @SC-EN-80 @EN-5 @INT-4 @reading-INT-4-restart
  Scenario: When the interaction ends Engaged in Available becomes Available at 00:00
    Given the agent has logged in
    And the agent has chosen "Available"
    And 1 minute passes
    And a voice call request has come in
    And the agent has accepted the voice call request
    And 3 minutes pass
    When the agent ends the call
    And the agent completes the wrap-up of the call
    Then the status is "Available"
    And the availability field shows the label "Available"
    And the icon is "Available"
    And the state timer shows "00:00"
    And requests on every channel are routed to the agent

  @SC-EN-81 @EN-3 @INT-22 @INT-4 @reading-INT-4-restart
  Scenario: The connected timer is shown in the task list and the state timer starts again when the chat is done
    Given the agent has logged in
    And the agent has chosen "Available"
    And a chat request has come in
    And the agent has accepted the chat request
    When 4 minutes pass
    Then the task list shows the connected timer "04:00" beside the chat
    And no state timer is shown
    When the agent ends the chat
    And 1 minute passes
    Then the task list shows the connected timer "05:00" beside the chat
    When the agent completes the wrap-up of the chat
    Then the chat is no longer in the task list
    And the availability field shows the label "Available"
    And the state timer shows "00:00"

  @SC-EN-06 @EN-6 @INT-5 @INT-4
  Scenario: When the interaction ends Engaged in the Idle state keeps the idle reason
    Given the agent has logged in
    And the agent has chosen "Available"
    And a chat request has come in
    And the agent has accepted the chat request
    When the agent chooses "Training"
    And 2 minutes pass
    And the agent ends the chat
    And the agent completes the wrap-up of the chat
    Then the status is "Training"
    And the availability field shows the label "Idle"
    And the icon is "Idle"
    And the state timer shows "02:00"

  @SC-EN-50 @EN-3 @TM-4 @INT-22 @INT-29
  Scenario: The connected timer reads the same in the task list and in the interaction control pane, beside the hold time, and no state timer shows
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has accepted the voice call request
    And 1 minute passes
    When the agent puts the call on hold
    And 45 seconds pass
    Then the task list shows the connected timer "01:45" beside the call
    And the interaction control pane shows the connected timer "01:45" for the call
    And the interaction control pane shows "00:45" beside "Call on Hold"
    And no state timer is shown
