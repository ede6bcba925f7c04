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

  @SC-EN-07 @EN-1
  Scenario: Accepting an email request shows the Engaged label with the Engaged in the Available state icon and no state timer, and the status beneath is still Available
    Given the agent has logged in
    And the agent has chosen "Available"
    And 3 minutes pass
    And an email request has come in
    When the agent accepts the email request
    Then the availability field shows the label "Engaged"
    And the icon is "Engaged in the Available state"
    And no state timer is shown
    And the status is still "Available"

  @SC-EN-08 @EN-2 @INT-5
  Scenario: Meeting chosen during a chat changes the icon from Engaged in the Available state to Engaged in the Idle state, and the label stays Engaged with no state timer
    Given the agent has logged in
    And the agent has chosen "Available"
    And a chat request has come in
    And the agent has accepted the chat request
    Then the icon is "Engaged in the Available state"
    When the agent chooses "Meeting"
    Then the availability field shows the label "Engaged"
    And the icon is "Engaged in the Idle state"
    And no state timer is shown
    And the status is "Meeting"

  @SC-EN-09 @EN-4 @INT-16
  Scenario: Engaged in a chat the agent keeps receiving chats until three are accepted, and calls and email all along
    Given the agent has logged in
    And the agent has chosen "Available"
    And a chat request has come in
    And the agent has accepted the chat request
    Then chat requests are routed to the agent
    And voice call requests are routed to the agent
    And email requests are routed to the agent
    When another chat request comes in
    And the agent accepts the chat request
    Then chat requests are routed to the agent
    When another chat request comes in
    And the agent accepts the chat request
    Then chat requests are not routed to the agent
    And voice call requests are routed to the agent
    And email requests are routed to the agent

  @SC-EN-10 @EN-4 @INT-16
  Scenario: Engaged in a call, an email request still waiting for an answer fills the email capacity while chats are still routed
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has accepted the voice call request
    When an email request comes in
    And 29 seconds pass
    Then the email request is still waiting for an answer
    And email requests are not routed to the agent
    And voice call requests are not routed to the agent
    And chat requests are routed to the agent

  @SC-EN-11 @EN-6 @INT-5 @INT-4
  Scenario: When a call ends Engaged in the Idle state, the lunch break chosen during it shows with the completed seconds since it was chosen
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has accepted the voice call request
    And 1 minute passes
    When the agent chooses "Lunch break"
    And 2 minutes pass
    And 30 seconds pass
    And 500000 microseconds pass
    And the agent ends the call
    And 20 seconds pass
    And the agent completes the wrap-up of the call
    Then the status is "Lunch break"
    And the availability field shows the label "Idle"
    And the icon is "Idle"
    And the state timer shows "02:50"
    And no requests are routed to the agent
    When 400000 microseconds pass
    Then the state timer shows "02:50"
    When 100000 microseconds pass
    Then the state timer shows "02:51"

  @SC-EN-12 @EN-1 @INT-19 @needs-campaign_calls
  Scenario: Accepting a campaign call shows the Engaged label with the Engaged in the Available state icon and no state timer, and the campaign call is Connected
    Given the agent has logged in
    And the agent has chosen "Available"
    And a campaign call request has come in
    When the agent accepts the campaign call request
    Then the availability field shows the label "Engaged"
    And the icon is "Engaged in the Available state"
    And no state timer is shown
    And the status is still "Available"
    And the interaction control pane shows "Connected" for the campaign call

  @SC-EN-13 @EN-2 @RONA-11 @INT-5 @INT-14
  Scenario: Meeting chosen in the drop-down list while Engaged in RONA changes the icon to Engaged in the Idle state and closes the RONA popover
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has accepted the voice call request
    And an email request has come in
    And 30 seconds pass
    Then the icon is "Engaged in RONA"
    When the agent chooses "Meeting"
    Then the status is "Meeting"
    And the availability field shows the label "Engaged"
    And the icon is "Engaged in the Idle state"
    And no state timer is shown
    And no RONA popover is shown
    And no requests are routed to the agent
