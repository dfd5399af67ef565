Feature: The floor

  Scenario: One step that does nothing
    Given nothing
