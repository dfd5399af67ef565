Feature: The values of the take-aways, as the steps write them
  The take-aways publish a Date, a Map and an instance of a class of the publisher's own, and say
  what each becomes on the way. A step writes such a value in words; the spec builds it, and
  names what a value is in the same words: any other object by its class.

  Scenario: The values a step can describe
    When the spec builds these values:
      | the Date 2024-05-01T12:00:00Z | a Date |
      | a Map from "Bob" to "away"    | a Map  |
      | a User named "Alice"          | a User |
    Then the Date is 2024-05-01T12:00:00.000Z, the Map maps "Bob" to "away", and the User greets with "Hi, I am Alice"

  Scenario: What JSON gives back, named in the steps' words
    Then the spec names these JSON values:
      | null           | null            |
      | [1, 2]         | an array        |
      | {}             | an empty object |
      | {"name": "Al"} | a plain object  |
      | "text"         | a string        |
      | 42             | a number        |
      | true           | a boolean       |

  Scenario: Words that describe no value are refused, with the words that do
    Then the spec builds none of these values:
      | the Date 2024-05-01 at noon         |
      | not the Date 2024-05-01             |
      | a Map from "Bob" to "away" and back |
      | an old Map from "Bob" to "away"     |
      | a User named "Alice" twice          |
      | dear a User named "Alice"           |
    And building "a Set of 1" is refused with:
      """
      "a Set of 1" describes no value the spec can build; write one of: ^the Date (\S+)$, ^a Map from "([^"]*)" to "([^"]*)"$, ^a User named "([^"]*)"$
      """

  Scenario: A value of any other class is named by its class
    Then the spec names these values of other classes:
      | a Set of 1                   | an instance of Set |
      | the URL https://redis.io/    | an instance of URL |
