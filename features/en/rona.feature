Feature: Redirection on No Answer (RONA)
  A request the agent does not accept within the time the administrator has set returns
  to the queue, and the state changes from Available to RONA. The agent then decides in
  the popover how work goes on.

  Background:
    Given the administrator has configured the tenant with the default values

  @SC-RONA-01 @RONA-1 @INT-1 @INT-3
  Scenario: An unanswered request returns to the queue and the state becomes RONA
    Given the agent has logged in
    And the agent has chosen "Available"
    When a voice call request comes in
    And 18 seconds pass
    Then the voice call request has returned to the queue
    And the status is "RONA"
    And the icon is "RONA"
    And the state timer shows "00:00"
    And the RONA popover offers "Go to Idle" and "Go to Available"

  @SC-RONA-02 @RONA-2 @INT-3
  Scenario: A voice call can be accepted after 17 seconds with the default timeout
    Given the agent has logged in
    And the agent has chosen "Available"
    When a voice call request comes in
    And 17 seconds pass
    And the agent accepts the voice call request
    Then the availability field shows the label "Engaged"
    And the status is "Available"
    When 1 minute passes
    Then the status is still "Available"
    And no RONA popover is shown

  @SC-RONA-03 @RONA-2 @INT-3
  Scenario: A voice call not accepted within 18 seconds causes RONA
    Given the agent has logged in
    And the agent has chosen "Available"
    When a voice call request comes in
    And 17 seconds pass
    Then the voice call request is still waiting for an answer
    And the status is still "Available"
    When 1 more second passes
    Then the status is "RONA"
    And the voice call request has returned to the queue

  @SC-RONA-04 @RONA-2 @INT-3
  Scenario Outline: A voice call causes RONA exactly at the administrator's custom timeout
    Given the administrator has set the time to accept a voice call request to <limit> seconds
    And the agent has logged in
    And the agent has chosen "Available"
    When a voice call request comes in
    And <just_before> seconds pass
    Then the voice call request is still waiting for an answer
    And the status is still "Available"
    When 1 more second passes
    Then the status is "RONA"
    And the voice call request has returned to the queue

    Examples:
      | limit | just_before |
      | 10    | 9           |
      | 45    | 44          |

  @SC-RONA-05 @RONA-2 @INT-3
  Scenario Outline: With a custom timeout the voice call can be accepted one second before it
    Given the administrator has set the time to accept a voice call request to <limit> seconds
    And the agent has logged in
    And the agent has chosen "Available"
    When a voice call request comes in
    And <just_before> seconds pass
    And the agent accepts the voice call request
    And 1 minute passes
    Then the status is "Available"
    And the availability field shows the label "Engaged"

    Examples:
      | limit | just_before |
      | 10    | 9           |
      | 45    | 44          |

  @SC-RONA-06 @RONA-2 @INT-3
  Scenario: A chat request causes RONA after 30 seconds
    Given the agent has logged in
    And the agent has chosen "Available"
    When a chat request comes in
    And 29 seconds pass
    Then the chat request is still waiting for an answer
    And the status is still "Available"
    When 1 more second passes
    Then the status is "RONA"
    And the chat request has returned to the queue

  @SC-RONA-07 @RONA-2 @INT-3
  Scenario: An email request causes RONA after 30 seconds
    Given the agent has logged in
    And the agent has chosen "Available"
    When an email request comes in
    And 29 seconds pass
    Then the email request is still waiting for an answer
    And the status is still "Available"
    When 1 more second passes
    Then the status is "RONA"
    And the email request has returned to the queue

  @SC-RONA-08 @RONA-2 @INT-3 @needs-social_channel
  Scenario: A social message request causes RONA after 30 seconds
    Given the agent has logged in
    And the agent has chosen "Available"
    When a social message request comes in
    And 29 seconds pass
    Then the social message request is still waiting for an answer
    And the status is still "Available"
    When 1 more second passes
    Then the status is "RONA"
    And the social message request has returned to the queue

  @SC-RONA-09 @RONA-2 @INT-3
  Scenario Outline: A chat request causes RONA exactly at the administrator's custom timeout
    Given the administrator has set the time to accept a chat request to <limit> seconds
    And the agent has logged in
    And the agent has chosen "Available"
    When a chat request comes in
    And <just_before> seconds pass
    Then the chat request is still waiting for an answer
    When 1 more second passes
    Then the status is "RONA"

    Examples:
      | limit | just_before |
      | 15    | 14          |
      | 60    | 59          |

  @SC-RONA-10 @RONA-2 @INT-3
  Scenario Outline: With a custom timeout the email can be accepted one second before it
    Given the administrator has set the time to accept an email request to <limit> seconds
    And the agent has logged in
    And the agent has chosen "Available"
    When an email request comes in
    And <just_before> seconds pass
    And the agent accepts the email request
    And 2 minutes pass
    Then the status is "Available"
    And the interaction control pane shows "Connected" for the email

    Examples:
      | limit | just_before |
      | 20    | 19          |
      | 120   | 119         |

  @SC-RONA-11 @RONA-3 @INT-2
  Scenario Outline: The accept button flashes from exactly five seconds before the timeout
    Given the administrator has set the time to accept a voice call request to <limit> seconds
    And the agent has logged in
    And the agent has chosen "Available"
    When a voice call request comes in
    Then the accept button of the voice call request is not flashing
    When <not_flashing> seconds pass
    Then the accept button of the voice call request is not flashing
    When 1 more second passes
    Then the accept button of the voice call request is flashing
    When 4 more seconds pass
    Then the accept button of the voice call request is flashing
    And the status is still "Available"

    Examples:
      | limit | not_flashing |
      | 18    | 12           |
      | 9     | 3            |
      | 30    | 24           |

  @SC-RONA-12 @RONA-3 @INT-2
  Scenario: The accept button of a chat request starts flashing five seconds before the timeout
    Given the agent has logged in
    And the agent has chosen "Available"
    When a chat request comes in
    And 24 seconds pass
    Then the accept button of the chat request is not flashing
    When 1 more second passes
    Then the accept button of the chat request is flashing

  @SC-RONA-13 @RONA-3 @INT-2
  Scenario Outline: With a timeout of eight seconds or less the button never flashes
    Given the administrator has set the time to accept a voice call request to <limit> seconds
    And the agent has logged in
    And the agent has chosen "Available"
    When a voice call request comes in
    Then the accept button of the voice call request is not flashing
    When <just_before> seconds pass
    Then the accept button of the voice call request is not flashing
    When 1 more second passes
    Then the status is "RONA"

    Examples:
      | limit | just_before |
      | 8     | 7           |
      | 6     | 5           |

  @SC-RONA-14 @RONA-4 @INT-18 @reading-INT-18-at-once
  Scenario: A call to a wrong dial number cannot be delivered
    Given the agent's dial number is wrong
    And the agent has logged in
    And the agent has chosen "Available"
    When a voice call request comes in
    Then the voice call request has returned to the queue
    And the status is "RONA"
    And the RONA popover offers "Go to Idle" and "Go to Available"

  @SC-RONA-15 @RONA-4 @INT-18
  Scenario: A wrong extension does not affect a chat request
    Given the agent's extension is wrong
    And the agent has logged in
    And the agent has chosen "Available"
    When a chat request comes in
    Then the chat request is waiting for an answer
    And the status is still "Available"

  @SC-RONA-80 @RONA-4 @INT-18 @reading-INT-18-at-timeout
  Scenario: A call to a wrong dial number rings until the time to accept it has passed
    Given the agent's dial number is wrong
    And the agent has logged in
    And the agent has chosen "Available"
    When a voice call request comes in
    And 17 seconds pass
    Then the voice call request is still waiting for an answer
    And the status is still "Available"
    When 1 more second passes
    Then the voice call request has returned to the queue
    And the status is "RONA"
    And the RONA popover offers "Go to Idle" and "Go to Available"

  @SC-RONA-81 @RONA-4 @INT-18 @reading-INT-18-invalid-number
  Scenario: A call to a wrong dial number makes the agent Idle with the system idle code Invalid_Number
    Given the agent's dial number is wrong
    And the agent has logged in
    And the agent has chosen "Available"
    When a voice call request comes in
    Then the voice call request has returned to the queue
    And the status is "Invalid_Number"
    And the availability field shows the label "Idle"
    And the icon is "Idle"
    And the state timer shows "00:00"
    And no RONA popover is shown
    And no requests are routed to the agent
    When the agent chooses "Available"
    Then the status is "Available"

  @SC-RONA-16 @RONA-5
  Scenario: Network, phone and device problems with an incoming call cause RONA
    Given the agent has logged in
    And the agent has chosen "Available"
    When a voice call request comes in
    And the call cannot reach the agent because of a network problem
    Then the status is "RONA"
    When the agent clicks "Go to Available"
    And a voice call request comes in
    And the call cannot reach the agent because of a phone problem
    Then the status is "RONA"
    When the agent clicks "Go to Available"
    And a voice call request comes in
    And the call cannot reach the agent because of a device problem
    Then the status is "RONA"
    And the voice call request has returned to the queue

  @SC-RONA-17 @RONA-6
  Scenario: Go to Idle gives the administrator's default idle reason
    Given the administrator has made "Meeting" the default idle reason
    And the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And 18 seconds pass
    And 1 minute passes
    When the agent clicks "Go to Idle"
    Then the status is "Meeting"
    And the state timer shows "00:00"
    And no RONA popover is shown
    And no requests are routed to the agent

  @SC-RONA-18 @RONA-7
  Scenario: Go to Available makes the agent Available again
    Given the agent has logged in
    And the agent has chosen "Available"
    And a chat request has come in
    And 30 seconds pass
    And 1 minute passes
    When the agent clicks "Go to Available"
    Then the status is "Available"
    And the state timer shows "00:00"
    And no RONA popover is shown
    And requests on every channel are routed to the agent

  @SC-RONA-19 @RONA-8 @INT-1
  Scenario: The agent cannot choose RONA
    Given the agent has logged in
    And the agent has chosen "Available"
    And 1 minute passes
    When the agent chooses "RONA"
    Then the choice is refused
    And the status is still "Available"
    And the state timer shows "01:00"

  @SC-RONA-20 @RONA-9 @INT-1
  Scenario: In RONA nothing is delivered until the agent chooses Available
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And 18 seconds pass
    When 10 minutes pass
    Then no requests are routed to the agent
    When a chat request comes in
    Then the request is refused
    When the agent chooses "Available"
    And a chat request comes in
    Then the chat request is waiting for an answer

  @SC-RONA-21 @RONA-9 @INT-3
  Scenario: When the agent turns RONA other waiting requests return to the queue too
    Given the agent has logged in
    And the agent has chosen "Available"
    When a chat request comes in
    And 5 seconds pass
    And a voice call request comes in
    And 18 seconds pass
    Then the status is "RONA"
    And the voice call request has returned to the queue
    And the chat request has returned to the queue

  @SC-RONA-22 @RONA-1 @INT-3
  Scenario: A request still waiting after the agent chose an idle reason causes no RONA
    Given the agent has logged in
    And the agent has chosen "Available"
    When a chat request comes in
    And the agent chooses "Lunch break"
    And 30 seconds pass
    Then the chat request has returned to the queue
    And the status is still "Lunch break"
    And no RONA popover is shown

  @SC-RONA-23 @RONA-10 @INT-21
  Scenario: A toaster notification is shown when the desktop is not the active window
    Given the agent has logged in
    And the agent has chosen "Available"
    When the agent switches to another browser window
    And a voice call request comes in
    And 17 seconds pass
    Then no RONA toaster notification is shown
    When 1 more second passes
    Then a RONA toaster notification is shown

  @SC-RONA-24 @RONA-10 @INT-21
  Scenario: No toaster notification is shown when the desktop is the active window
    Given the agent has logged in
    And the agent has chosen "Available"
    When a voice call request comes in
    And 18 seconds pass
    Then the status is "RONA"
    And no RONA toaster notification is shown

  @SC-RONA-25 @RONA-11 @INT-14 @INT-4 @reading-INT-14-rona-timer @reading-INT-4-total
  Scenario: Engaged in RONA when a request on another channel is not accepted
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has accepted the voice call request
    When an email request comes in
    And 30 seconds pass
    Then the status is "RONA"
    And the icon is "Engaged in RONA"
    And the state timer shows "00:00"
    When 1 minute passes
    Then the state timer shows "01:00"
    When the agent clicks "Go to Available"
    Then the status is "Available"
    And the availability field shows the label "Engaged"
    And no state timer is shown
    When 2 minutes pass
    And the agent ends the call
    And the agent completes the wrap-up of the call
    Then the state timer shows "02:00"

  @SC-RONA-82 @RONA-11 @INT-14 @reading-INT-14-no-timer
  Scenario: Engaged in RONA shows no state timer while the call goes on
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has accepted the voice call request
    When an email request comes in
    And 30 seconds pass
    Then the status is "RONA"
    And the icon is "Engaged in RONA"
    And the availability field shows the label "Engaged"
    And no state timer is shown
    When 1 minute passes
    And the agent ends the call
    And the agent completes the wrap-up of the call
    Then the status is "RONA"
    And the state timer shows "01:00"

  @SC-RONA-26 @RONA-11 @INT-14
  Scenario: Engaged in RONA and Go to Idle while the call goes on
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has accepted the voice call request
    When a chat request comes in
    And 30 seconds pass
    And the agent clicks "Go to Idle"
    Then the status is "Idle"
    And the icon is "Engaged in the Idle state"
    And no state timer is shown
    When 3 minutes pass
    And the agent ends the call
    And the agent completes the wrap-up of the call
    Then the status is "Idle"
    And the state timer shows "03:00"

  @SC-RONA-50 @RONA-2 @INT-3 @INT-19 @needs-campaign_calls
  Scenario: A campaign call not accepted within 18 seconds causes RONA
    Given the agent has logged in
    And the agent has chosen "Available"
    When a campaign call request comes in
    And 17 seconds pass
    Then the campaign call request is still waiting for an answer
    And the status is still "Available"
    When 1 more second passes
    Then the status is "RONA"
    And the campaign call request has returned to the queue

  @SC-RONA-51 @RONA-2 @INT-3 @INT-19 @needs-campaign_calls
  Scenario Outline: A campaign call causes RONA exactly at the administrator's custom timeout
    Given the administrator has set the time to accept a campaign call request to <limit> seconds
    And the agent has logged in
    And the agent has chosen "Available"
    When a campaign call request comes in
    And <just_before> seconds pass
    Then the campaign call request is still waiting for an answer
    And the status is still "Available"
    When 1 more second passes
    Then the status is "RONA"
    And the campaign call request has returned to the queue

    Examples:
      | limit | just_before |
      | 12    | 11          |
      | 40    | 39          |

  @SC-RONA-52 @RONA-4 @INT-18 @reading-INT-18-at-once @needs-campaign_calls
  Scenario: A campaign call to a wrong dial number returns to the queue at once and the status becomes RONA
    Given the agent's dial number is wrong
    And the agent has logged in
    And the agent has chosen "Available"
    When a campaign call request comes in
    Then the campaign call request has returned to the queue
    And the status is "RONA"
    And the RONA popover offers "Go to Idle" and "Go to Available"

  @SC-RONA-53 @RONA-2 @INT-3 @needs-social_channel
  Scenario Outline: A social message request causes RONA exactly at the administrator's custom timeout
    Given the administrator has set the time to accept a social message request to <limit> seconds
    And the agent has logged in
    And the agent has chosen "Available"
    When a social message request comes in
    And <just_before> seconds pass
    Then the social message request is still waiting for an answer
    And the status is still "Available"
    When 1 more second passes
    Then the status is "RONA"
    And the social message request has returned to the queue

    Examples:
      | limit | just_before |
      | 20    | 19          |
      | 90    | 89          |

  @SC-RONA-54 @RONA-3 @INT-2
  Scenario: The accept button of an email request flashes during the last five of its 30 seconds
    Given the agent has logged in
    And the agent has chosen "Available"
    When an email request comes in
    And 24 seconds pass
    Then the accept button of the email request is not flashing
    When 1 more second passes
    Then the accept button of the email request is flashing
    When 4 more seconds pass
    Then the accept button of the email request is flashing
    And the status is still "Available"

  @SC-RONA-55 @RONA-3 @INT-2 @needs-social_channel
  Scenario: The accept button of a social message request flashes during the last five of its 30 seconds
    Given the agent has logged in
    And the agent has chosen "Available"
    When a social message request comes in
    And 24 seconds pass
    Then the accept button of the social message request is not flashing
    When 1 more second passes
    Then the accept button of the social message request is flashing
    When 4 more seconds pass
    Then the accept button of the social message request is flashing
    And the status is still "Available"

  @SC-RONA-70 @RONA-2 @INT-3
  Scenario: With the default values a voice request goes RONA after 18 seconds, a chat request after 30
    Given the agent has logged in
    And the agent has chosen "Available"
    When a voice call request comes in
    And 17 seconds pass
    Then the voice call request is still waiting for an answer
    When 1 more second passes
    Then the status is "RONA"
    And the voice call request has returned to the queue
    When the agent clicks "Go to Available"
    And a chat request comes in
    And 29 seconds pass
    Then the chat request is still waiting for an answer
    When 1 more second passes
    Then the status is "RONA"
    And the chat request has returned to the queue

  @SC-RONA-71 @RONA-6 @INT-25
  Scenario: Go to Idle gives the configured default idle reason, whatever its name
    Given the administrator has configured the idle reasons:
      | Idle  |         |
      | Break | default |
    And the agent has logged in
    And the agent has chosen "Available"
    And a chat request has come in
    And 30 seconds pass
    When the agent clicks "Go to Idle"
    Then the status is "Break"
    And the state timer shows "00:00"
    And no requests are routed to the agent

  @SC-RONA-27 @RONA-5 @INT-3
  Scenario: A call that cannot reach an agent who chose a lunch break meanwhile returns to the queue, and the lunch break stays
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has chosen "Lunch break"
    When the call cannot reach the agent because of a network problem
    Then the voice call request has returned to the queue
    And the status is still "Lunch break"
    And no RONA popover is shown

  @SC-RONA-28 @RONA-6 @RONA-7
  Scenario: The RONA popover options are refused while no RONA popover is shown
    Given the agent has logged in
    And the agent has chosen "Available"
    When the agent clicks "Go to Idle"
    Then the Go to Idle option is refused
    And the status is still "Available"
    When the agent clicks "Go to Available"
    Then the Go to Available option is refused

  @SC-RONA-29 @RONA-1 @INT-3
  Scenario: A call that has returned to the queue can no longer be accepted, nor fail to reach the agent
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And 18 seconds pass
    When the agent accepts the voice call request
    Then the acceptance is refused
    And the status is still "RONA"
    When the call cannot reach the agent because of a network problem
    Then the delivery failure is refused

  @SC-RONA-30 @RONA-2 @INT-3
  Scenario: A chat request waits until one microsecond before its 30 seconds are up, and causes RONA at 30 seconds
    Given the agent has logged in
    And the agent has chosen "Available"
    When a chat request comes in
    And 29 seconds pass
    And 999999 microseconds pass
    Then the chat request is still waiting for an answer
    And the status is still "Available"
    When 1 more microsecond passes
    Then the status is "RONA"
    And the chat request has returned to the queue

  @SC-RONA-31 @RONA-3 @INT-2
  Scenario: The accept button starts flashing when exactly 5 seconds remain, not a microsecond sooner
    Given the agent has logged in
    And the agent has chosen "Available"
    When a chat request comes in
    And 24 seconds pass
    And 999999 microseconds pass
    Then the accept button of the chat request is not flashing
    When 1 more microsecond passes
    Then the accept button of the chat request is flashing

  @SC-RONA-32 @AV-5 @TM-2 @INT-1
  Scenario: In RONA the agent can also choose an idle reason in the drop-down list, which closes the popover
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And 18 seconds pass
    And 1 minute passes
    When the agent chooses "Lunch break"
    Then the status is "Lunch break"
    And no RONA popover is shown
    And the state timer shows "00:00"

  @SC-RONA-33 @RONA-10 @INT-21
  Scenario: Returning to the desktop while it is already the active window changes nothing
    Given the agent has logged in
    When the agent returns to the desktop
    Then the return to the desktop is refused

  @SC-RONA-34 @RONA-8 @INT-1
  Scenario: An Idle agent cannot choose RONA: the choice is refused, no RONA popover shows, and the Idle timer goes on in completed seconds
    Given the agent has logged in
    And 2 minutes pass
    And 30 seconds pass
    And 500000 microseconds pass
    When the agent chooses "RONA"
    Then the choice is refused
    And the status is still "Idle"
    And the state timer shows "02:30"
    And no RONA popover is shown
    And no requests are routed to the agent
    When 400000 microseconds pass
    Then the state timer shows "02:30"
    When 100000 microseconds pass
    Then the state timer shows "02:31"

  @SC-RONA-35 @RONA-8 @INT-1
  Scenario: An agent Engaged in the Available state cannot choose RONA: the choice is refused, and the icon, the call and the routing of chats stay as they were
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has accepted the voice call request
    When the agent chooses "RONA"
    Then the choice is refused
    And the status is still "Available"
    And the icon is "Engaged in the Available state"
    And the interaction control pane shows "Connected" for the call
    And no RONA popover is shown
    And chat requests are routed to the agent

  @SC-RONA-36 @RONA-5
  Scenario: Only an incoming call can fail to reach the agent: a delivery failure for a chat request is refused and the chat goes on waiting
    Given the agent has logged in
    And the agent has chosen "Available"
    And a chat request has come in
    When the chat request cannot reach the agent because of a network problem
    Then the delivery failure is refused
    And the chat request is still waiting for an answer
    And the status is still "Available"
    And no RONA popover is shown
