Feature: Agent Available After Outdial
  With the Agent Available After Outdial setting the administrator decides which state the
  agent gets when an outdial call is over.

  Background:
    Given the administrator has configured the tenant with the default values

  @SC-OD-01 @OD-1 @INT-7 @needs-outdial
  Scenario: With Yes the agent becomes Available after the outdial even if it was placed while Idle
    Given the administrator has set Agent Available After Outdial to "Yes"
    And the agent has logged in
    When the agent places an outdial call
    And 3 minutes pass
    And the agent ends the outdial call
    Then the status is still "Idle"
    And no requests are routed to the agent
    When the agent completes the wrap-up of the outdial call
    Then the status is "Available"
    And the state timer shows "00:00"
    And requests on every channel are routed to the agent

  @SC-OD-02 @OD-1 @INT-7 @needs-outdial
  Scenario: With Yes an Available agent stays Available and the timer goes on
    Given the administrator has set Agent Available After Outdial to "Yes"
    And the agent has logged in
    And the agent has chosen "Available"
    And 2 minutes pass
    When the agent places an outdial call
    And 3 minutes pass
    And the agent ends the outdial call
    And the agent completes the wrap-up of the outdial call
    Then the status is "Available"
    And the state timer shows "05:00"

  @SC-OD-03 @OD-2 @INT-7 @needs-outdial
  Scenario: With No an Idle agent keeps the idle reason after the outdial
    Given the administrator has set Agent Available After Outdial to "No"
    And the agent has logged in
    And the agent has chosen "Available"
    And the agent has chosen "Meeting"
    And 1 minute passes
    When the agent places an outdial call
    And 3 minutes pass
    And the agent ends the outdial call
    And the agent completes the wrap-up of the outdial call
    Then the status is "Meeting"
    And the state timer shows "04:00"
    And no requests are routed to the agent

  @SC-OD-04 @OD-2 @INT-7 @needs-outdial
  Scenario: With No an Available agent becomes Idle after the outdial
    Given the administrator has set Agent Available After Outdial to "No"
    And the agent has logged in
    And the agent has chosen "Available"
    When the agent places an outdial call
    And 3 minutes pass
    And the agent ends the outdial call
    Then the status is still "Available"
    When the agent completes the wrap-up of the outdial call
    Then the status is "Idle"
    And the state timer shows "00:00"
    And no requests are routed to the agent
