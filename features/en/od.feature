Feature: Agent Available After Outdial
  With the Agent Available After Outdial setting the administrator decides which state the
  agent gets when an outdial call is over.

  Background:
    Given the administrator has configured the tenant with the default values

  @SC-OD-01 @OD-1 @INT-7 @reading-INT-7-after-wrap-up @needs-outdial
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

  @SC-OD-02 @OD-1 @INT-7 @INT-4 @reading-INT-4-total @needs-outdial
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

  @SC-OD-04 @OD-2 @INT-7 @reading-INT-7-after-wrap-up @needs-outdial
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

  @SC-OD-50 @OD-1 @INT-7 @INT-27 @needs-outdial
  Scenario: An outdial call is refused in RONA; after Go to Idle it is placed, and with Yes the agent is Available when it is over
    Given the administrator has set Agent Available After Outdial to "Yes"
    And the agent has logged in
    And the agent has chosen "Available"
    And a chat request has come in
    And 30 seconds pass
    When the agent places an outdial call
    Then the outdial is refused
    And the status is still "RONA"
    And the RONA popover offers "Go to Idle" and "Go to Available"
    When the agent clicks "Go to Idle"
    And the agent places an outdial call
    Then the availability field shows the label "Engaged"
    When 2 minutes pass
    And the agent ends the outdial call
    And the agent completes the wrap-up of the outdial call
    Then the status is "Available"
    And the state timer shows "00:00"

  @SC-OD-51 @OD-2 @INT-7 @INT-27 @needs-outdial
  Scenario: An outdial call is refused in RONA; after Go to Available it is placed, and with No the agent is Idle when it is over
    Given the administrator has set Agent Available After Outdial to "No"
    And the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And 18 seconds pass
    When the agent places an outdial call
    Then the outdial is refused
    And the status is still "RONA"
    When the agent clicks "Go to Available"
    And the agent places an outdial call
    Then the availability field shows the label "Engaged"
    When 2 minutes pass
    And the agent ends the outdial call
    And the agent completes the wrap-up of the outdial call
    Then the status is "Idle"
    And the state timer shows "00:00"

  @SC-OD-80 @OD-1 @INT-7 @reading-INT-7-at-hang-up @needs-outdial
  Scenario: With Yes the agent becomes Available as soon as the outdial call is hung up
    Given the administrator has set Agent Available After Outdial to "Yes"
    And the agent has logged in
    When the agent places an outdial call
    And 3 minutes pass
    And the agent ends the outdial call
    Then the status is "Available"
    And the availability field shows the label "Engaged"
    And no state timer is shown
    When the agent completes the wrap-up of the outdial call
    Then the status is "Available"
    And requests on every channel are routed to the agent

  @SC-OD-81 @OD-2 @INT-7 @reading-INT-7-at-hang-up @needs-outdial
  Scenario: With No an Available agent becomes Idle as soon as the outdial call is hung up
    Given the administrator has set Agent Available After Outdial to "No"
    And the agent has logged in
    And the agent has chosen "Available"
    When the agent places an outdial call
    And 3 minutes pass
    And the agent ends the outdial call
    Then the status is "Idle"
    And no requests are routed to the agent
    When 1 minute passes
    And the agent completes the wrap-up of the outdial call
    Then the status is "Idle"
    And the state timer shows "01:00"

  @SC-OD-82 @OD-1 @INT-7 @INT-4 @reading-INT-4-restart @needs-outdial
  Scenario: With Yes an Available agent stays Available and the timer starts again when the outdial is over
    Given the administrator has set Agent Available After Outdial to "Yes"
    And the agent has logged in
    And the agent has chosen "Available"
    And 2 minutes pass
    When the agent places an outdial call
    And 3 minutes pass
    And the agent ends the outdial call
    And the agent completes the wrap-up of the outdial call
    Then the status is "Available"
    And the state timer shows "00:00"

  @SC-OD-05 @OD-1 @INT-7 @INT-27 @needs-outdial
  Scenario: With Yes an agent who turned RONA during the outdial call becomes Available when it is over
    Given the administrator has set Agent Available After Outdial to "Yes"
    And the agent has logged in
    And the agent has chosen "Available"
    And the agent has placed an outdial call
    When a chat request comes in
    And 30 seconds pass
    Then the status is "RONA"
    When the agent ends the outdial call
    And the agent completes the wrap-up of the outdial call
    Then the status is "Available"
    And no RONA popover is shown

  @SC-OD-06 @OD-2 @INT-7 @INT-27 @needs-outdial
  Scenario: With No an agent who turned RONA during the outdial call gets the default idle reason when it is over
    Given the administrator has set Agent Available After Outdial to "No"
    And the agent has logged in
    And the agent has chosen "Available"
    And the agent has placed an outdial call
    When a chat request comes in
    And 30 seconds pass
    Then the status is "RONA"
    When the agent ends the outdial call
    And the agent completes the wrap-up of the outdial call
    Then the status is "Idle"
    And no RONA popover is shown

  @SC-OD-07 @OD-1 @INT-16 @needs-outdial
  Scenario: An outdial call cannot be placed while a call rings or is in the task list
    Given the agent has logged in
    And the agent has chosen "Available"
    When a voice call request comes in
    And the agent places an outdial call
    Then the outdial is refused
    When the agent accepts the voice call request
    And the agent places an outdial call
    Then the outdial is refused because the phone line is busy
    And the interaction control pane shows "Connected" for the call

  @SC-OD-08 @OD-1 @INT-16 @needs-outdial
  Scenario: Dialling the outdial call again while it is in the task list places no second call
    Given the agent has logged in
    And the agent has chosen "Available"
    And the agent has placed an outdial call
    When the agent places the outdial call again
    Then the outdial is refused
    And the interaction control pane shows "Connected" for the outdial call
