Feature: Use cases
  The table of use cases, row by row in the table's order: which availability state is
  shown and what the timer shows.

  Background:
    Given the administrator has configured the tenant with the default values

  @SC-UC-01 @UC-1
  Scenario: Idle is the default state when the agent logs in
    When the agent logs in
    Then the status is "Idle"
    And the availability field shows the label "Idle"
    And the state timer shows "00:00"

  @SC-UC-02 @UC-2 @INT-6
  Scenario: Idle to Idle when the agent switches to another idle reason
    Given the agent has logged in
    When the agent chooses "Lunch break"
    Then the status is "Lunch break"
    And the state timer shows "00:00/00:00"
    When the agent chooses "Idle"
    And 10 minutes pass
    And the agent chooses "Lunch break"
    And 20 minutes pass
    Then the state timer shows "20:00/30:00"

  @SC-UC-03 @UC-3
  Scenario: Idle to Available to receive contact requests
    Given the agent has logged in
    And 3 minutes pass
    When the agent chooses "Available"
    Then the status is "Available"
    And the state timer shows "00:00"
    And requests on every channel are routed to the agent

  @SC-UC-04 @UC-4
  Scenario: Available to Engaged when the agent accepts a contact request
    Given the agent has logged in
    And the agent has chosen "Available"
    And a chat request has come in
    When the agent accepts the chat request
    Then the availability field shows the label "Engaged"
    And no state timer is shown

  @SC-UC-05 @UC-5 @INT-5
  Scenario: Engaged in Idle so that no requests come in during the interaction
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has accepted the voice call request
    When the agent chooses "Idle"
    Then the availability field shows the label "Engaged"
    And no state timer is shown
    And the icon is "Engaged in the Idle state"
    And no requests are routed to the agent

  @SC-UC-06 @UC-6 @INT-4 @reading-INT-4-total
  Scenario: Engaged to Available shows the total time when the interaction ends
    Given the agent has logged in
    And the agent has chosen "Available"
    And 2 minutes pass
    And a voice call request has come in
    And the agent has accepted the voice call request
    When 5 minutes pass
    And the agent ends the call
    And 1 minute passes
    And the agent completes the wrap-up of the call
    Then the status is "Available"
    And the availability field shows the label "Available"
    And the state timer shows "08:00"

  @SC-UC-07 @UC-7 @OD-1 @INT-7 @needs-outdial
  Scenario: Idle to Available via Engaged when the outdial ends and the setting is Yes
    Given the administrator has set Agent Available After Outdial to "Yes"
    And the agent has logged in
    When the agent places an outdial call
    Then the availability field shows the label "Engaged"
    And no state timer is shown
    When 3 minutes pass
    And the agent ends the outdial call
    And the agent completes the wrap-up of the outdial call
    Then the status is "Available"
    And the state timer shows "00:00"

  @SC-UC-08 @UC-8 @OD-2 @INT-7 @needs-outdial
  Scenario: Idle to Idle via Engaged when the outdial ends and the setting is No
    Given the administrator has set Agent Available After Outdial to "No"
    And the agent has logged in
    When the agent places an outdial call
    Then the availability field shows the label "Engaged"
    And no state timer is shown
    When the agent ends the outdial call
    And the agent completes the wrap-up of the outdial call
    Then the status is "Idle"
    And the availability field shows the label "Idle"

  @SC-UC-09 @UC-9 @RONA-11 @INT-14 @reading-INT-14-rona-timer
  Scenario: Engaged in RONA when an email request during a call is not accepted
    Given the agent has logged in
    And the agent has chosen "Available"
    And 2 minutes pass
    And a voice call request has come in
    And the agent has accepted the voice call request
    And 5 minutes pass
    When an email request comes in
    And 30 seconds pass
    Then the RONA popover offers "Go to Idle" and "Go to Available"
    And the icon is "Engaged in RONA"
    And the state timer shows "00:00"
    When the agent clicks "Go to Idle"
    Then the availability field shows the label "Engaged"
    And no state timer is shown
    When 4 minutes pass
    And the agent ends the call
    And the agent completes the wrap-up of the call
    Then the status is "Idle"
    And the state timer shows "04:00"

  @SC-UC-80 @UC-6 @INT-4 @reading-INT-4-restart
  Scenario: Engaged to Available shows 00:00 when the interaction ends, as the row's timer column says
    Given the agent has logged in
    And the agent has chosen "Available"
    And 2 minutes pass
    And a voice call request has come in
    And the agent has accepted the voice call request
    When 5 minutes pass
    And the agent ends the call
    And 1 minute passes
    And the agent completes the wrap-up of the call
    Then the status is "Available"
    And the availability field shows the label "Available"
    And the state timer shows "00:00"

  @SC-UC-81 @UC-9 @RONA-11 @INT-14 @reading-INT-14-no-timer
  Scenario: Engaged in RONA shows no timer when an email request during a call is not accepted
    Given the agent has logged in
    And the agent has chosen "Available"
    And 2 minutes pass
    And a voice call request has come in
    And the agent has accepted the voice call request
    And 5 minutes pass
    When an email request comes in
    And 30 seconds pass
    Then the RONA popover offers "Go to Idle" and "Go to Available"
    And the icon is "Engaged in RONA"
    And no state timer is shown
    When the agent clicks "Go to Idle"
    Then the availability field shows the label "Engaged"
    And no state timer is shown
    When 4 minutes pass
    And the agent ends the call
    And the agent completes the wrap-up of the call
    Then the status is "Idle"
    And the state timer shows "04:00"

  @SC-UC-10 @UC-2 @INT-6
  Scenario: Idle to Idle after 10 minutes of the login's Idle shows 00:00/10:00, the total goes on through a second switch, and both parts count completed seconds
    Given the agent has logged in
    And 10 minutes pass
    When the agent chooses "Meeting"
    Then the status is "Meeting"
    And the availability field shows the label "Idle"
    And the state timer shows "00:00/10:00"
    When 5 minutes pass
    And the agent chooses "Lunch break"
    Then the status is "Lunch break"
    And the state timer shows "00:00/15:00"
    When 4 minutes pass
    And 59 seconds pass
    And 500000 microseconds pass
    Then the state timer shows "04:59/19:59"
    When 400000 microseconds pass
    Then the state timer shows "04:59/19:59"
    When 100000 microseconds pass
    Then the state timer shows "05:00/20:00"

  @SC-UC-11 @UC-2 @INT-6 @INT-1
  Scenario: Idle to Idle after Available and RONA counts in the total only the idle time since Go to Idle
    Given the agent has logged in
    And the agent has chosen "Available"
    And 5 minutes pass
    And a voice call request has come in
    And 20 seconds pass
    And 2 minutes pass
    When the agent clicks "Go to Idle"
    And 3 minutes pass
    And the agent chooses "Lunch break"
    Then the status is "Lunch break"
    And the state timer shows "00:00/03:00"
    When 20 minutes pass
    Then the state timer shows "20:00/23:00"

  @SC-UC-12 @UC-3 @INT-6
  Scenario: Idle to Available from a lunch break with an idle total shows Available with a plain 00:00, routes every channel, and counts completed seconds
    Given the agent has logged in
    And 10 minutes pass
    And the agent has chosen "Lunch break"
    And 20 minutes pass
    When the agent chooses "Available"
    Then the status is "Available"
    And the availability field shows the label "Available"
    And the icon is "Available"
    And the state timer shows "00:00"
    And requests on every channel are routed to the agent
    When 17 seconds pass
    And 500000 microseconds pass
    Then the state timer shows "00:17"
    When 400000 microseconds pass
    Then the state timer shows "00:17"
    When 100000 microseconds pass
    Then the state timer shows "00:18"

  @SC-UC-13 @UC-3 @INT-5 @INT-16
  Scenario: Idle to Available during a chat changes the icon back to Engaged in the Available state, shows no state timer, and routes requests again
    Given the agent has logged in
    And the agent has chosen "Available"
    And a chat request has come in
    And the agent has accepted the chat request
    And the agent has chosen "Lunch break"
    And 2 minutes pass
    When the agent chooses "Available"
    Then the status is "Available"
    And the availability field shows the label "Engaged"
    And the icon is "Engaged in the Available state"
    And no state timer is shown
    And voice call requests are routed to the agent
    And email requests are routed to the agent
    And chat requests are routed to the agent

  @SC-UC-14 @UC-4 @INT-3 @INT-20
  Scenario: Available to Engaged happens when a ringing call is accepted at 17.5 seconds, not when it starts ringing
    Given the agent has logged in
    And the agent has chosen "Available"
    And 2 minutes pass
    And a voice call request has come in
    When 17 seconds pass
    And 500000 microseconds pass
    Then the availability field shows the label "Available"
    And the state timer shows "02:17"
    When the agent accepts the voice call request
    Then the availability field shows the label "Engaged"
    And the icon is "Engaged in the Available state"
    And no state timer is shown
    And the status is still "Available"

  @SC-UC-15 @UC-5 @INT-5 @INT-16
  Scenario: Engaged in Idle during a chat routes no further chat although the chat capacity has room, and shows no state timer
    Given the agent has logged in
    And the agent has chosen "Available"
    And a chat request has come in
    And the agent has accepted the chat request
    When the agent chooses "Lunch break"
    And 45 seconds pass
    Then the availability field shows the label "Engaged"
    And the icon is "Engaged in the Idle state"
    And no state timer is shown
    And no requests are routed to the agent
    When another chat request comes in
    Then the request is refused

  @SC-UC-16 @UC-7 @OD-1 @INT-7 @INT-6 @needs-outdial
  Scenario: Idle to Available via Engaged from a lunch break with an idle total shows Engaged in the Idle state during the outdial, then Available with a plain timer
    Given the administrator has set Agent Available After Outdial to "Yes"
    And the agent has logged in
    And 10 minutes pass
    And the agent has chosen "Lunch break"
    And 5 minutes pass
    When the agent places an outdial call
    Then the availability field shows the label "Engaged"
    And the icon is "Engaged in the Idle state"
    And no state timer is shown
    And no requests are routed to the agent
    When 3 minutes pass
    And the agent ends the outdial call
    And the agent completes the wrap-up of the outdial call
    Then the status is "Available"
    And the availability field shows the label "Available"
    And the state timer shows "00:00"
    And requests on every channel are routed to the agent
    When 17 seconds pass
    And 500000 microseconds pass
    Then the state timer shows "00:17"

  @SC-UC-17 @UC-8 @OD-2 @INT-7 @INT-6 @needs-outdial
  Scenario: Idle to Idle via Engaged from a lunch break keeps the lunch break, and its idle total runs on through the outdial
    Given the administrator has set Agent Available After Outdial to "No"
    And the agent has logged in
    And 10 minutes pass
    And the agent has chosen "Lunch break"
    And 2 minutes pass
    When the agent places an outdial call
    Then the availability field shows the label "Engaged"
    And the icon is "Engaged in the Idle state"
    When 3 minutes pass
    And 500000 microseconds pass
    And the agent ends the outdial call
    And the agent completes the wrap-up of the outdial call
    Then the status is "Lunch break"
    And the availability field shows the label "Idle"
    And the state timer shows "05:00/15:00"
    And no requests are routed to the agent

  @SC-UC-18 @UC-4 @INT-3 @needs-social_channel
  Scenario: Available to Engaged happens when a social message request is accepted at 29.5 seconds, and the Available timer shows until then
    Given the agent has logged in
    And the agent has chosen "Available"
    And a social message request has come in
    When 29 seconds pass
    And 500000 microseconds pass
    Then the availability field shows the label "Available"
    And the state timer shows "00:29"
    When the agent accepts the social message request
    Then the availability field shows the label "Engaged"
    And the icon is "Engaged in the Available state"
    And no state timer is shown
