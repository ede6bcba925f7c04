Feature: Mid-call monitoring
  A supervisor can monitor an agent who is talking to a customer. The monitoring state is
  shown to the supervisor; on the agent's desktop monitoring is not supported and not shown.

  Background:
    Given the administrator has configured the tenant with the default values
    And the agent has logged in
    And the agent has chosen "Available"
    And a voice call request has come in
    And the agent has accepted the voice call request

  @SC-MO-01 @MO-1 @INT-12 @INT-13 @reading-INT-13-agent-view @needs-supervisor_monitoring
  Scenario: Monitoring is shown once the supervisor has started monitoring
    When the supervisor starts monitoring the call
    Then the supervisor sees the monitoring status "Monitoring"

  @SC-MO-02 @MO-1 @INT-12 @INT-13 @reading-INT-13-agent-view @needs-supervisor_monitoring
  Scenario: No monitoring status is shown when the start fails
    When the supervisor tries to start monitoring the call but it fails
    Then the supervisor sees no monitoring status

  @SC-MO-03 @MO-1 @MO-2 @INT-12 @INT-13 @reading-INT-13-agent-view @needs-supervisor_monitoring
  Scenario: Monitoring is shown again when the supervisor resumes monitoring
    Given the supervisor starts monitoring the call
    And the supervisor pauses monitoring
    When the supervisor resumes monitoring
    Then the supervisor sees the monitoring status "Monitoring"

  @SC-MO-04 @MO-2 @INT-12 @INT-13 @reading-INT-13-agent-view @needs-supervisor_monitoring
  Scenario: Monitoring Paused is shown while monitoring is paused and not in effect
    Given the supervisor starts monitoring the call
    When the supervisor pauses monitoring
    Then the supervisor sees the monitoring status "Monitoring Paused"
    When the supervisor tries to resume monitoring but it fails
    Then the supervisor sees the monitoring status "Monitoring Paused"

  @SC-MO-05 @MO-2 @INT-12 @INT-13 @reading-INT-13-agent-view @needs-supervisor_monitoring
  Scenario: When monitoring breaks off no monitoring status is shown
    Given the supervisor starts monitoring the call
    And the supervisor pauses monitoring
    When monitoring breaks off
    Then the supervisor sees no monitoring status

  @SC-MO-06 @MO-3 @INT-13 @reading-INT-13-agent-view @needs-supervisor_monitoring
  Scenario: The agent's desktop does not show that the call is monitored
    When the supervisor starts monitoring the call
    Then the agent's desktop shows no monitoring status
    And the status is still "Available"
    And the availability field shows the label "Engaged"
    And the interaction control pane shows "Connected" for the call
    When the supervisor pauses monitoring
    Then the agent's desktop shows no monitoring status

  @SC-MO-80 @MO-3 @INT-13 @reading-INT-13-unsupported
  Scenario: Mid-call monitoring cannot be started from the desktop
    When the supervisor starts monitoring the call
    Then the monitoring is refused
    And the supervisor sees no monitoring status
    And the agent's desktop shows no monitoring status

  @SC-MO-07 @MO-1 @INT-12 @INT-13 @reading-INT-13-agent-view @needs-supervisor_monitoring
  Scenario: When monitoring breaks off while in effect no monitoring status is shown
    Given the supervisor starts monitoring the call
    When monitoring breaks off
    Then the supervisor sees no monitoring status

  @SC-MO-08 @MO-1 @INT-12 @INT-13 @reading-INT-13-agent-view @needs-supervisor_monitoring
  Scenario: Monitoring ends with the monitored call
    Given the supervisor starts monitoring the call
    When the agent ends the call
    Then the supervisor sees no monitoring status

  @SC-MO-09 @MO-1 @INT-12 @INT-13 @needs-supervisor_monitoring
  Scenario: Once the call is in Wrap-Up monitoring cannot be started, whether or not the attempt would succeed
    Given the agent has ended the call
    When the supervisor starts monitoring the call
    Then the monitoring is refused
    When the supervisor tries to start monitoring the call but it fails
    Then the monitoring is refused
    And the supervisor sees no monitoring status
