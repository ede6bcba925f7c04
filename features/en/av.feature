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

  @SC-AV-05 @AV-3 @INT-9 @reading-INT-9-flicker @reading-INT-9-reopen-kept
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
      | 1       | 0           |

  @SC-AV-06 @AV-3 @INT-9
  Scenario: Reloading during a lunch break keeps the lunch break and its timer
    Given the agent has logged in
    And the agent has chosen "Available"
    And the agent has chosen "Lunch break"
    And 5 minutes pass
    When the agent reloads the desktop
    Then the status is "Lunch break"
    And the state timer shows "05:00"

  @SC-AV-82 @AV-3 @INT-9 @reading-INT-9-routable
  Scenario: Requests are still routed while the reloaded desktop shows Idle
    Given the agent has logged in
    And the agent has chosen "Available"
    And 5 minutes pass
    When the agent reloads the desktop
    Then the status is "Idle"
    And requests on every channel are routed to the agent
    When a chat request comes in
    Then the chat request is waiting for an answer
    When 2 seconds pass
    Then the status is "Available"
    And the state timer shows "00:00"

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

  @SC-AV-15 @AV-7 @INT-17 @reading-INT-17-strict
  Scenario: The supervisor cannot log out an agent in RONA
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And 18 seconds pass
    When the supervisor logs the agent out
    Then the logout is refused
    And the status is still "RONA"

  @SC-AV-80 @AV-7 @INT-17 @reading-INT-17-lenient
  Scenario: The supervisor logs out an agent in RONA with no conversations
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And 18 seconds pass
    When the supervisor logs the agent out
    Then the status is "Logged out"
    And no RONA popover is shown
    And no requests are routed to the agent

  @SC-AV-81 @AV-7 @INT-17
  Scenario: The supervisor cannot log out an agent in RONA during a conversation
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has accepted the voice call request
    And an email request has come in
    And 30 seconds pass
    When the supervisor logs the agent out
    Then the logout is refused
    And the status is still "RONA"
    And the interaction control pane shows "Connected" for the call

  @SC-AV-16 @AV-8 @INT-9
  Scenario: The status is kept when the agent closes the browser and opens the desktop again
    Given the agent has logged in
    And the agent has chosen "Available"
    And the agent has chosen "Meeting"
    And 3 minutes pass
    When the agent closes the browser and opens the desktop again
    Then the status is "Meeting"
    And the state timer shows "03:00"

  @SC-AV-83 @AV-8 @INT-9 @reading-INT-9-reopen-kept
  Scenario: Clearing the browser cache keeps the Available state and its timer
    Given the agent has logged in
    And the agent has chosen "Available"
    And 5 minutes pass
    When the agent clears the browser cache and opens the desktop again
    Then the status is "Available"
    And the state timer shows "05:00"
    And requests on every channel are routed to the agent

  @SC-AV-84 @AV-8 @INT-9 @reading-INT-9-reopen-kept
  Scenario: Closing the browser keeps the Available state and its timer
    Given the agent has logged in
    And the agent has chosen "Available"
    And 5 minutes pass
    When the agent closes the browser and opens the desktop again
    Then the status is "Available"
    And the state timer shows "05:00"
    And requests on every channel are routed to the agent

  @SC-AV-17 @AV-8 @INT-9 @reading-INT-9-flicker @reading-INT-9-routable
  Scenario: Clearing the browser cache while Available shows Idle briefly, then Available at 00:00
    Given the agent has logged in
    And the agent has chosen "Available"
    And 5 minutes pass
    When the agent clears the browser cache and opens the desktop again
    Then the status is "Idle"
    When 2 seconds pass
    Then the status is "Available"
    And the state timer shows "00:00"
    And requests on every channel are routed to the agent

  @SC-AV-50 @AV-6 @INT-5
  Scenario: An idle reason chosen while replying to an email shows Engaged in the Idle state and stops routing
    Given the agent has logged in
    And the agent has chosen "Available"
    And an email request has come in
    And the agent has accepted the email request
    When the agent chooses "Lunch break"
    Then the status is "Lunch break"
    And the availability field shows the label "Engaged"
    And the icon is "Engaged in the Idle state"
    And no requests are routed to the agent
    And the interaction control pane shows "Connected" for the email

  @SC-AV-51 @AV-4 @UC-1 @INT-26
  Scenario: At login the agent is in the administrator's default idle reason, at 00:00 and not routed
    Given the administrator has made "Meeting" the default idle reason
    When the agent logs in
    Then the status is "Meeting"
    And the availability field shows the label "Idle"
    And the icon is "Idle"
    And the state timer shows "00:00"
    And no requests are routed to the agent

  @SC-AV-52 @AV-3 @INT-9 @INT-33 @reading-INT-9-flicker @reading-INT-9-reopen-kept
  Scenario: Reloading during a call keeps the call on hold with its timers and shows Engaged in the Idle state until Available is restored
    Given the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has accepted the voice call request
    And 3 minutes pass
    And the agent puts the call on hold
    And 20 seconds pass
    When the agent reloads the desktop
    Then the status is "Idle"
    And the availability field shows the label "Engaged"
    And the icon is "Engaged in the Idle state"
    And no requests are routed to the agent
    And the interaction control pane shows "00:20" beside "Call on Hold"
    And the task list shows the connected timer "03:20" beside the call
    When 2 seconds pass
    Then the status is "Available"
    And the icon is "Engaged in the Available state"
    And chat requests are routed to the agent
    And the task list shows the connected timer "03:22" beside the call
    And the interaction control pane shows "00:22" beside "Call on Hold"

  @SC-AV-53 @AV-3 @INT-9 @INT-33 @INT-4 @reading-INT-4-total
  Scenario: Reloading during a call restarts the hidden Available timer, which shows the time since the restore when the call is over
    Given the agent has logged in
    And the agent has chosen "Available"
    And 5 minutes pass
    And a voice call request has come in
    And the agent has accepted the voice call request
    And 3 minutes pass
    When the agent reloads the desktop
    And 2 seconds pass
    And 1 minute passes
    And the agent ends the call
    And the agent completes the wrap-up of the call
    Then the status is "Available"
    And the state timer shows "01:00"

  @SC-AV-70 @AV-4 @AV-5 @TM-1 @TM-3 @INT-6 @INT-25 @INT-26
  Scenario: The agent logs in to the configured default idle reason and chooses another one
    Given the administrator has configured the idle reasons:
      | Break       | default |
      | Coaching    |         |
      | Lunch break |         |
    When the agent logs in
    Then the status is "Break"
    And the availability field shows the label "Idle"
    And the icon is "Idle"
    And the state timer shows "00:00"
    And no requests are routed to the agent
    When 5 minutes pass
    And the agent chooses "Coaching"
    Then the status is "Coaching"
    And the state timer shows "00:00/05:00"
    When 2 minutes pass
    Then the state timer shows "02:00/07:00"
    When the agent chooses "Available"
    And 1 minute passes
    Then the state timer shows "01:00"

  @SC-AV-71 @AV-4 @AV-5 @INT-25 @INT-26
  Scenario: Only the configured idle reasons can be chosen, whatever their names
    Given the administrator has configured the idle reasons:
      | Meeting | default |
      | Break   |         |
    And the agent has logged in
    Then the status is "Meeting"
    When the agent chooses "Lunch break"
    Then the choice is refused
    And the status is still "Meeting"
    When the agent chooses "Break"
    Then the status is "Break"
    And no requests are routed to the agent

  @SC-AV-18 @AV-1 @AV-4
  Scenario: Before logging in the agent cannot choose a status and stays logged out
    When the agent chooses "Available"
    Then the choice is refused
    And the status is still "Logged out"
    When the agent logs in
    Then the status is "Idle"

  @SC-AV-19 @AV-4 @UC-1
  Scenario: Logging in again while logged in is refused and the Idle timer goes on
    Given the agent has logged in
    And 5 seconds pass
    When the agent logs in
    Then the login is refused
    And the status is still "Idle"
    And the state timer shows "00:05"

  @SC-AV-20 @AV-1 @AV-4
  Scenario: The agent cannot choose Logged out in the drop-down list
    Given the agent has logged in
    When the agent chooses "Logged out"
    Then the choice is refused
    And the status is still "Idle"

  @SC-AV-21 @AV-5
  Scenario: An idle reason the administrator has not configured cannot be chosen while Available
    Given the administrator has not configured the idle reason "Training"
    And the agent has logged in
    And the agent has chosen "Available"
    When the agent chooses "Training"
    Then the choice is refused because the idle reason is not configured
    And the status is still "Available"
    And requests on every channel are routed to the agent

  @SC-AV-22 @AV-5 @TM-2 @INT-23
  Scenario: Choosing the idle reason the agent already has is refused and its timer goes on
    Given the agent has logged in
    And the agent has chosen "Available"
    And the agent has chosen "Lunch break"
    And 1 minute passes
    When the agent chooses "Lunch break"
    Then the choice is refused because the agent has it already
    And the status is still "Lunch break"
    And the state timer shows "01:00"

  @SC-AV-23 @AV-3 @INT-9
  Scenario: With no restore time a reload while Available keeps Available and restarts its timer at 00:00
    Given restoring the status after a reload takes 0 seconds
    And the agent has logged in
    And the agent has chosen "Available"
    And 5 minutes pass
    When the agent reloads the desktop
    Then the status is "Available"
    And the state timer shows "00:00"
    And requests on every channel are routed to the agent

  @SC-AV-24 @AV-3 @INT-9
  Scenario: Choosing Available while the reloaded desktop shows Idle restores Available at once, at 00:00
    Given the agent has logged in
    And the agent has chosen "Available"
    And 5 minutes pass
    When the agent reloads the desktop
    Then the status is "Idle"
    When the agent chooses "Available"
    Then the status is "Available"
    And the state timer shows "00:00"
    And requests on every channel are routed to the agent

  @SC-AV-25 @AV-3 @AV-6 @INT-9
  Scenario: An idle reason chosen while the reloaded desktop shows Idle is kept when the restore time is over
    Given the agent has logged in
    And the agent has chosen "Available"
    And 5 minutes pass
    When the agent reloads the desktop
    And 1 second passes
    And the agent chooses "Lunch break"
    Then the status is "Lunch break"
    When 2 seconds pass
    Then the status is still "Lunch break"
    And the state timer shows "00:02"

  @SC-AV-26 @AV-7 @RONA-10 @INT-17 @INT-21
  Scenario: A supervisor logout takes the RONA toaster notification away with the logged-out desktop
    Given the agent has logged in
    And the agent has chosen "Available"
    And the agent switches to another browser window
    When a voice call request comes in
    And 18 seconds pass
    Then a RONA toaster notification is shown
    When the agent clicks "Go to Idle"
    And the supervisor logs the agent out
    Then the status is "Logged out"
    And no RONA toaster notification is shown

  @SC-AV-27 @AV-2 @INT-16
  Scenario: A request already on the desktop is not offered a second time
    Given the agent has logged in
    And the agent has chosen "Available"
    When a chat request comes in
    And the same chat request comes in again
    Then the request is refused because the request is already on the desktop
    And the chat request is still waiting for an answer
    When the agent accepts the chat request
    And the same chat request comes in again
    Then the request is refused
    And the interaction control pane shows "Connected" for the chat

  @SC-AV-28 @AV-2 @INT-16
  Scenario: A ringing voice call takes the phone line, so no other call is routed while chats still are
    Given the agent has logged in
    And the agent has chosen "Available"
    When a voice call request comes in
    Then voice call requests are not routed to the agent
    And chat requests are routed to the agent

  @SC-AV-29 @AV-3 @TM-3 @INT-6 @INT-9
  Scenario: The brief Idle of a reload shows a plain timer, also after an earlier switch between idle reasons
    Given the agent has logged in
    And the agent has chosen "Lunch break"
    And the agent has chosen "Available"
    And 1 minute passes
    When the agent reloads the desktop
    Then the status is "Idle"
    And the state timer shows "00:00"

  @SC-AV-30 @AV-1
  Scenario: Available takes no idle reason: asking for Available with one is refused and the lunch break stays
    Given the agent has logged in
    And the agent has chosen "Lunch break"
    When the agent asks for "Available" with the idle reason "Meeting"
    Then the choice is refused
    And the status is still "Lunch break"
    And no requests are routed to the agent
