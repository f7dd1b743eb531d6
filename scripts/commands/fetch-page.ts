/** What a fetch may take: the command's defaults, smaller in tests. */
export interface FetchLimits {
  /** The whole fetch, redirects and body included, in milliseconds. */
  readonly timeoutMs: number;
  /** The body's size in bytes, counted while it streams (a Content-Length above it refuses at once). */
  readonly maxBytes: number;
  /** Redirects followed; one more refuses. */
  readonly maxRedirects: number;
}

export const FETCH_LIMITS: FetchLimits = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
};

/** A fetched page: its bytes, where they came from in the end, and their media type. */
export interface FetchedPage {
  readonly bytes: Uint8Array;
  /** The address the bytes came from, after redirects. */
  readonly url: string;
  /** `text/html`, `application/xhtml+xml` or `text/plain`. */
  readonly mediaType: string;
  /** The Content-Type's charset, when it names one. */
  readonly charset?: string;
  /** When the response arrived (ISO instant). */
  readonly retrieved: string;
}

const MEDIA_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain'];

/**
 * Fetch a page for `npm run ingest` (the app itself never fetches another host): http and https
 * only, redirects followed by hand up to `maxRedirects` (each checked for its scheme too), one
 * time limit for everything, the body read as a stream and cut at `maxBytes`, and only an HTML
 * or plain-text media type. Each refusal throws an error naming the URL and why.
 *
 * @example
 * const page = await fetchPage('https://example.org/news.html');
 * page.mediaType // → 'text/html'
 */
export async function fetchPage(
  address: string,
  limits: FetchLimits = FETCH_LIMITS,
): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = webUrl(address, address);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { accept: 'text/html, application/xhtml+xml, text/plain;q=0.9' },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects === limits.maxRedirects)
          throw new Error(
            `${address}: more than ${limits.maxRedirects} redirects (the last to ${location}): refused`,
          );
        url = webUrl(new URL(location, url).href, address);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new Error(`${url}: the server answered ${response.status} ${response.statusText}`);
      }
      const contentType = response.headers.get('content-type') ?? '';
      const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
      if (!MEDIA_TYPES.includes(mediaType)) {
        await response.body?.cancel();
        throw new Error(
          `${url}: the content type is ${contentType || 'not given'}, not an HTML page or plain text (${MEDIA_TYPES.join(', ')})`,
        );
      }
      const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
      const bytes = await readCapped(response, limits.maxBytes, url);
      return {
        bytes,
        url,
        mediaType,
        ...(charset ? { charset } : {}),
        retrieved: new Date().toISOString(),
      };
    }
  } catch (error) {
    if (signal.aborted)
      throw new Error(`${url}: no complete answer within ${limits.timeoutMs / 1000} s: refused`, {
        cause: error,
      });
    if (error instanceof TypeError)
      throw new Error(`${url}: could not be fetched (${causeOf(error)})`, { cause: error });
    throw error;
  }
}

/** The body, refused as soon as it passes `maxBytes` (or says it will). */
async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const tooLarge = () =>
    new Error(`${url}: the page is larger than ${maxBytes.toLocaleString('en')} bytes: refused`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader!.cancel();
      throw tooLarge();
    }
    chunks.push(read.value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** The address if it is http or https; a refusal naming the scheme otherwise. */
function webUrl(address: string, asked: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`${address} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(
      `${address === asked ? address : `${asked} redirects to ${address}, which`} is not an http or https URL (${url.protocol.slice(0, -1)}): only web pages are fetched`,
    );
  return url.href;
}

function causeOf(error: TypeError): string {
  const cause = (error as { cause?: { message?: string; code?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}
