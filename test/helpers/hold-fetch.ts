/**
 * Holds every `fetch` on the page until the test answers it, for tests of the loading state and of the loader.
 * Aborting a held request rejects it, as a real fetch does. The caller puts `window.fetch` back (the harness does after
 * each test).
 */
export interface HeldRequest {
  readonly url: string;
  readonly signal: AbortSignal | undefined;
  /** Answers with `body` as JSON's content type. */
  respond(body: string, status?: number): void;
  /** Answers with `doc` as JSON. */
  json(doc: unknown): void;
  /** Rejects, as a network failure does. */
  fail(error: unknown): void;
}

/** Replaces `window.fetch`; the list fills with the requests made since, in order. */
export function holdFetch(): HeldRequest[] {
  const held: HeldRequest[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal ?? undefined;
      signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      const respond = (body: string, status = 200) => resolve(new Response(body, { status, headers: { 'content-type': 'application/json' } }));
      held.push({ url: String(input instanceof Request ? input.url : input), signal, respond, json: (doc) => respond(JSON.stringify(doc)), fail: reject });
    });
  return held;
}
