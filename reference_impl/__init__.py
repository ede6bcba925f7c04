"""The reference implementation: a pure-Python model of the agent desktop.

It knows nothing of tests or Gherkin. The suite reaches it only through the driver contract
(``agentstatus.reference_impl.driver.ReferenceDriver``), like any other implementation under test.
"""
