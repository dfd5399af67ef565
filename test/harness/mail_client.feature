Feature: The mail client of the request-response pattern
  Alice's mail client checks her mailbox, the Redis list `mailbox:alice`, when it starts and
  then every so many whole minutes, the minutes of the scenario.

  Scenario: A mailbox is the Redis list named after its owner
    Then Alice's mailbox is the Redis list "mailbox:alice"
    And Bob's mailbox is the Redis list "mailbox:bob"

  Scenario: A mail client checks every whole number of minutes from 1
    Then a mail client that checks every 1 minute is made
    And a mail client that checks every 0 minutes is refused with:
      """
      a mail client checks every whole number of minutes from 1, not every 0
      """
    And a mail client that checks every 1.5 minutes is refused with:
      """
      a mail client checks every whole number of minutes from 1, not every 1.5
      """
