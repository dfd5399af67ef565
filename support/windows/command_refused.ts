/** Redis answered a command with an error; the message is Redis's own. */
export class CommandRefused extends Error {
  override name = 'CommandRefused';
}
