Feature: Available and Idle
  Only an agent in the Available state receives contact requests. Idle and the idle
  reasons the administrator has configured mean the agent is logged in but not ready.

  Background:
    Given the administrator has configured the tenant with the default values

  @SC-AV-01 @AV-1
  Scenario: The agent chooses Available after logging in and receives requests
    Given the agent has logged in
    When the agent chooses "Available"
    Then the status is "Available"
    And the icon is "Available"
    And the state timer shows "00:00"
    When a chat request comes in
    Then the chat request is waiting for an answer

  @SC-AV-02 @AV-2 @INT-16
  Scenario: Only the Available state routes requests on every channel
    Given the agent has logged in
    Then no requests are routed to the agent
    When the agent chooses "Available"
    Then requests on every channel are routed to the agent
    When the agent chooses "Meeting"
    Then no requests are routed to the agent

  @SC-AV-03 @AV-2 @INT-19 @needs-campaign_calls
  Scenario: A campaign request rings for an Available agent
    Given the agent has logged in
    And the agent has chosen "Available"
    When a campaign call request comes in
    Then the interaction control pane shows "Ringing" for the campaign call

  @SC-AV-04 @AV-2 @INT-19 @needs-campaign_calls
  Scenario: An Idle agent receives no campaign request
    Given the agent has logged in
    When a campaign call request comes in
    Then the request is refused
    And the status is still "Idle"

  @SC-AV-05 @AV-3 @INT-9
  Scenario Outline: Reloading while Available shows Idle briefly and resets the timer
    Given restoring the status after a reload takes <restore> seconds
    And the agent has logged in
    And the agent has chosen "Available"
    And 5 minutes pass
    When the agent reloads the desktop
    Then the status is "Idle"
    And no requests are routed to the agent
    When <just_before> seconds pass
    Then the status is still "Idle"
    When 1 more second passes
    Then the status is "Available"
    And the state timer shows "00:00"
    And requests on every channel are routed to the agent

    Examples:
      | restore | just_before |
      | 2       | 1           |
      | 5       | 4           |

  @SC-AV-06 @AV-3 @INT-9
  Scenario: Reloading during a lunch break keeps the lunch break and its timer
    Given the agent has logged in
    And the agent has chosen "Available"
    And the agent has chosen "Lunch break"
    And 5 minutes pass
    When the agent reloads the desktop
    Then the status is "Lunch break"
    And the state timer shows "05:00"

  @SC-AV-07 @AV-4
  Scenario: The agent is Idle after logging in and receives no requests
    When the agent logs in
    Then the status is "Idle"
    And no requests are routed to the agent
    When a voice call request comes in
    Then the request is refused

  @SC-AV-08 @AV-5
  Scenario: The agent chooses the idle reasons the administrator has configured
    Given the agent has logged in
    When the agent chooses "Lunch break"
    Then the status is "Lunch break"
    When the agent chooses "Meeting"
    Then the status is "Meeting"
    When the agent chooses "Training"
    Then the status is "Training"
    And the icon is "Idle"
    And no requests are routed to the agent

  @SC-AV-09 @AV-5
  Scenario: An idle reason the administrator has not configured cannot be chosen
    Given the administrator has not configured the idle reason "Training"
    And the agent has logged in
    When the agent chooses "Training"
    Then the choice is refused
    And the status is still "Idle"

  @SC-AV-10 @AV-6 @INT-5
  Scenario: The agent chooses an idle reason during a chat with the customer
    Given the agent has logged in
    And the agent has chosen "Available"
    And a chat request has come in
    And the agent has accepted the chat request
    When the agent chooses "Meeting"
    Then the status is "Meeting"
    And the availability field shows the label "Engaged"
    And the icon is "Engaged in the Idle state"
    And no requests are routed to the agent
    And the interaction control pane shows "Connected" for the chat

  @SC-AV-11 @AV-7 @INT-17
  Scenario: The supervisor logs out an Available agent with no conversations
    Given the agent has logged in
    And the agent has chosen "Available"
    When the supervisor logs the agent out
    Then the status is "Logged out"
    And no requests are routed to the agent

  @SC-AV-12 @AV-7 @INT-17
  Scenario: The supervisor logs out an Idle agent with no conversations
    Given the agent has logged in
    And the agent has chosen "Lunch break"
    When the supervisor logs the agent out
    Then the status is "Logged out"

  @SC-AV-13 @AV-7 @INT-17
  Scenario: The supervisor cannot log out an agent with an active conversation
    Given the agent has logged in
    And the agent has chosen "Available"
    And an email request has come in
    And the agent has accepted the email request
    When the supervisor logs the agent out
    Then the logout is refused
    And the status is still "Available"

  @SC-AV-14 @AV-7 @INT-17
  Scenario: The supervisor cannot log out an agent while a request waits for an answer
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    When the supervisor logs the agent out
    Then the logout is refused
    And the voice call request is still waiting for an answer

  @SC-AV-15 @AV-7 @INT-17
  Scenario: The supervisor cannot log out an agent in RONA
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And 18 seconds pass
    When the supervisor logs the agent out
    Then the logout is refused
    And the status is still "RONA"

  @SC-AV-16 @AV-8 @INT-9
  Scenario: The status is kept when the agent closes the browser and opens the desktop again
    Given the agent has logged in
    And the agent has chosen "Available"
    And the agent has chosen "Meeting"
    And 3 minutes pass
    When the agent closes the browser and opens the desktop again
    Then the status is "Meeting"
    And the state timer shows "03:00"

  @SC-AV-17 @AV-8 @INT-9
  Scenario: The Available state is kept when the agent clears the browser cache
    Given the agent has logged in
    And the agent has chosen "Available"
    And 5 minutes pass
    When the agent clears the browser cache and opens the desktop again
    Then the status is "Idle"
    When 2 seconds pass
    Then the status is "Available"
    And the state timer shows "00:00"
    And requests on every channel are routed to the agent
