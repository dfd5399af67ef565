/**
 * The puts of the tutorial's subscribers: `I heard [#{body}] on channel [#{channel}]`.
 * `#{body.bytes}` prints the body's bytes as Ruby does: `[0, 255, 13, 10]`.
 */
export function render(template: string, channel: string, body: string | Uint8Array): string {
  const text = typeof body === 'string' ? body : Buffer.from(body).toString('utf8');
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return template.replace(/#\{(body\.bytes|body|channel)\}/g, (_, name: string) => {
    if (name === 'channel') return channel;
    return name === 'body' ? text : `[${bytes.join(', ')}]`;
  });
}
