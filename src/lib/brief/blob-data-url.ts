/**
 * A Blob as a `data:` URL (base64), so a picture travels inside the page that shows it. Read
 * from memory, in chunks (a spread of a whole megabyte would overflow the call stack).
 *
 * @example
 * await blobDataUrl(new Blob([png], { type: 'image/png' })) // → 'data:image/png;base64,iVBORw0KGgo…'
 */
export async function blobDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${blob.type || 'application/octet-stream'};base64,${btoa(binary)}`;
}
