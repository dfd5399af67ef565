import { request, type RequestOptions } from 'node:http';
import { waitFor } from '../../lib/waiting';
import { messageOf } from '../../lib/errors';

/**
 * testcontainers tries DOCKER_HOST, and when it does not answer falls back to the default socket:
 * whoever set DOCKER_HOST meant that engine. Resolves to why it does not answer, or undefined when it
 * does (or when it is not set, or is a kind of address, ssh:// or TLS, that only testcontainers speaks).
 */
export async function dockerHostFailure(env: NodeJS.ProcessEnv = process.env, timeoutMs = 5000): Promise<string | undefined> {
  const dockerHost = env.DOCKER_HOST;
  if (!dockerHost || env.DOCKER_TLS_VERIFY === '1') return undefined;
  let target: RequestOptions | undefined;
  try {
    target = pingRequest(dockerHost);
  } catch {
    return 'it is not a URL';
  }
  if (!target) return undefined;
  const answer = await ping(target, timeoutMs).catch((error: unknown) => messageOf(error));
  return answer === 'OK' ? undefined : answer;
}

function pingRequest(dockerHost: string): RequestOptions | undefined {
  const url = new URL(dockerHost);
  if (url.protocol === 'unix:') return { socketPath: url.pathname, path: '/_ping' };
  if (url.protocol === 'tcp:' || url.protocol === 'http:') return { host: url.hostname, port: url.port || 2375, path: '/_ping' };
  return undefined;
}

function ping(target: RequestOptions, timeoutMs: number): Promise<string> {
  return waitFor<string>({ timeoutMs, awaited: 'the Docker engine to answer /_ping', seen: () => 'no answer' }, (settle) => {
    const call = request(target, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => settle.resolve(body));
    });
    call.on('error', (error) => settle.reject(error));
    call.end();
    return () => call.destroy();
  });
}
