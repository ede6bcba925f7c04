Feature: Microsoft Teams presence sync
  If the administrator has configured the Microsoft Teams connection and enabled presence
  sync, the agent's synced state is shown under the user profile.

  Background:
    Given the administrator has configured the tenant with the default values

  @SC-TS-01 @TS-1 @INT-10 @needs-teams_presence_sync
  Scenario: The user profile shows the Teams presence when sync is configured
    Given the administrator has configured the Microsoft Teams connection and enabled presence sync
    And the agent has logged in
    When 40 minutes pass
    Then the user profile shows the Teams presence "Idle"

  @SC-TS-02 @TS-1 @needs-teams_presence_sync
  Scenario: Without a Teams connection the user profile shows no Teams presence
    Given the agent has logged in
    And the agent has chosen "Available"
    When 40 minutes pass
    Then the user profile shows no Teams presence

  @SC-TS-03 @TS-2 @INT-10 @needs-teams_presence_sync
  Scenario: Before the first login's sync the agent works as usual, and after 40 minutes Teams shows the status
    Given the administrator has configured the Microsoft Teams connection and enabled presence sync
    And the agent has logged in
    When the agent chooses "Available"
    And 10 minutes pass
    Then the status is "Available"
    And requests on every channel are routed to the agent
    When a chat request comes in
    Then the chat request is waiting for an answer
    When the agent accepts the chat request
    And the agent ends the chat
    And the agent completes the wrap-up of the chat
    And 30 minutes pass
    Then the user profile shows the Teams presence "Available"

  @SC-TS-04 @TS-3 @INT-10 @INT-30 @needs-teams_presence_sync
  Scenario: A changed state is synced to Teams within 12 seconds
    Given the administrator has configured the Microsoft Teams connection and enabled presence sync
    And the agent has logged in
    And 40 minutes pass
    When the agent chooses "Available"
    And 12 seconds pass
    Then the user profile shows the Teams presence "Available"
    When the agent chooses "Lunch break"
    And 12 seconds pass
    Then the user profile shows the Teams presence "Idle"

  @SC-TS-05 @TS-3 @INT-10 @needs-teams_presence_sync
  Scenario: Engaged is synced to Teams within 12 seconds
    Given the administrator has configured the Microsoft Teams connection and enabled presence sync
    And the agent has logged in
    And the agent has chosen "Available"
    And 40 minutes pass
    When a voice call request comes in
    And the agent accepts the voice call request
    And 12 seconds pass
    Then the user profile shows the Teams presence "Engaged"

  @SC-TS-50 @TS-2 @TS-3 @INT-10 @INT-30 @needs-teams_presence_sync
  Scenario: After the first sync a logout and a later login each reach Teams within 12 seconds
    Given the administrator has configured the Microsoft Teams connection and enabled presence sync
    And the agent has logged in
    And 40 minutes pass
    When the supervisor logs the agent out
    And 12 seconds pass
    Then the user profile shows the Teams presence "Logged out"
    When the agent logs in
    And 12 seconds pass
    Then the user profile shows the Teams presence "Idle"

  @SC-TS-51 @TS-3 @INT-10 @INT-30 @needs-teams_presence_sync
  Scenario: Teams shows RONA as RONA and the default idle reason Meeting as Idle, each within 12 seconds
    Given the administrator has configured the Microsoft Teams connection and enabled presence sync
    And the administrator has made "Meeting" the default idle reason
    And the agent has logged in
    And the agent has chosen "Available"
    And 40 minutes pass
    When a voice call request comes in
    And 18 seconds pass
    And 12 seconds pass
    Then the user profile shows the Teams presence "RONA"
    When the agent clicks "Go to Idle"
    And 12 seconds pass
    Then the status is "Meeting"
    And the user profile shows the Teams presence "Idle"
