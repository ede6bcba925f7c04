Feature: State and connected timers
  The state timer in the availability field shows how long the agent has had the current
  state. Every accepted request has a connected timer in the task list, and the interaction
  control pane also shows a timer that depends on the interaction's state.

  Background:
    Given the administrator has configured the tenant with the default values

  @SC-TM-01 @TM-1 @INT-1
  Scenario: The state timer runs for Available, RONA and idle reasons
    Given the agent has logged in
    And the agent has chosen "Available"
    When 1 minute passes
    Then the state timer shows "01:00"
    When a voice call request comes in
    And 18 seconds pass
    Then the state timer shows "00:00"
    When 45 seconds pass
    Then the status is "RONA"
    And the state timer shows "00:45"
    When the agent clicks "Go to Idle"
    And 2 minutes pass
    Then the status is "Idle"
    And the state timer shows "02:00"

  @SC-TM-02 @TM-1 @INT-8
  Scenario: From one hour on the state timer shows hours, minutes and seconds
    Given the agent has logged in
    And the agent has chosen "Available"
    When 59 minutes pass
    And 59 seconds pass
    Then the state timer shows "59:59"
    When 1 more second passes
    Then the state timer shows "01:00:00"

  @SC-TM-03 @TM-2
  Scenario: The state timer restarts at 00:00 when the agent changes state
    Given the agent has logged in
    And the agent has chosen "Available"
    And 3 minutes pass
    When the agent chooses "Lunch break"
    Then the state timer shows "00:00"
    When 1 minute passes
    And the agent chooses "Available"
    Then the state timer shows "00:00"

  @SC-TM-04 @TM-2 @INT-23
  Scenario: Choosing the state the agent already has is refused and the timer goes on
    Given the agent has logged in
    And the agent has chosen "Available"
    And 2 minutes pass
    When the agent chooses "Available"
    Then the choice is refused
    And the state timer shows "02:00"

  @SC-TM-05 @TM-3 @INT-6
  Scenario: Idle for 10 minutes and then a lunch break of 20 minutes shows 20:00/30:00
    Given the agent has logged in
    Then the status is "Idle"
    When 10 minutes pass
    And the agent chooses "Lunch break"
    Then the state timer shows "00:00/10:00"
    When 20 minutes pass
    Then the state timer shows "20:00/30:00"

  @SC-TM-06 @TM-3 @INT-6
  Scenario: Available ends the total time in idle states
    Given the agent has logged in
    And the agent has chosen "Lunch break"
    And 5 minutes pass
    And the agent has chosen "Available"
    And 1 minute passes
    When the agent chooses "Meeting"
    Then the state timer shows "00:00"
    When 2 minutes pass
    And the agent chooses "Training"
    Then the state timer shows "00:00/02:00"

  @SC-TM-07 @TM-4 @INT-22
  Scenario: A call and a chat accepted two minutes apart each show their own connected timer in the task list
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has accepted the voice call request
    When 2 minutes pass
    And a chat request comes in
    And the agent accepts the chat request
    And 1 minute passes
    Then the task list shows the connected timer "03:00" beside the call
    And the task list shows the connected timer "01:00" beside the chat

  @SC-TM-08 @TM-5 @VS-2 @INT-11
  Scenario: The interaction control pane shows the hold time beside Call on Hold
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has accepted the voice call request
    And 1 minute passes
    When the agent puts the call on hold
    And 45 seconds pass
    Then the interaction control pane shows "00:45" beside "Call on Hold"
    And the task list shows the connected timer "01:45" beside the call

  @SC-TM-09 @TM-5 @VS-5 @INT-11
  Scenario: The interaction control pane shows the hold time beside Consult on Hold
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has accepted the voice call request
    And the agent requests a consult with another agent
    And the other agent answers
    When the agent places the consulted agent on hold
    And 30 seconds pass
    Then the interaction control pane shows "00:30" beside "Consult on Hold"

  @SC-TM-10 @TM-6 @INT-15
  Scenario: The history shows the total time with the customer, consult included, and the consult time on its own
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has accepted the voice call request
    And 2 minutes pass
    When the agent requests a consult with another agent
    And the other agent answers
    And 2 minutes pass
    And the agent places the consulted agent on hold
    And 1 minute passes
    And the agent ends the call
    And 1 minute passes
    And the agent completes the wrap-up of the call
    Then the agent interaction history shows a total of "05:00" for the call
    And the agent interaction history shows a consult time of "03:00" for the call

  @SC-TM-70 @TM-2 @INT-24
  Scenario: Right after a status change the timer reads 00:00, and 00:01 a second later
    Given the agent has logged in
    And 3 minutes pass
    When the agent chooses "Available"
    Then the state timer shows "00:00"
    When 1 second passes
    Then the state timer shows "00:01"
    When 59 seconds pass
    Then the state timer shows "01:00"

  @SC-TM-50 @TM-5 @INT-11 @INT-31
  Scenario: After a resume the second timer starts again at 00:00 beside Connected while the connected timer runs on, and a new hold starts at 00:00
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has accepted the voice call request
    And 1 minute passes
    And the agent puts the call on hold
    And 45 seconds pass
    When the agent resumes the call
    Then the interaction control pane shows "00:00" beside "Connected"
    When 30 seconds pass
    Then the interaction control pane shows "00:30" beside "Connected"
    And the task list shows the connected timer "02:15" beside the call
    When the agent puts the call on hold
    And 10 seconds pass
    Then the interaction control pane shows "00:10" beside "Call on Hold"

  @SC-TM-51 @TM-6 @INT-15 @INT-32
  Scenario: The history total and the connected timer count from accepting the call, not from when it started ringing
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And 15 seconds pass
    And the agent has accepted the voice call request
    And 2 minutes pass
    When the agent ends the call
    Then the agent interaction history shows a total of "02:00" for the call
    And the task list shows the connected timer "02:00" beside the call
