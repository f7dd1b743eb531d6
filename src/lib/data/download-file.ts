/**
 * Offer text as a file download, from memory (a Blob and an object URL): nothing goes over the
 * network.
 *
 * @example
 * downloadFile('incidents.csv', csv, 'text/csv');
 */
export function downloadFile(name: string, text: string, type: string): void {
  downloadBlob(name, new Blob([text], { type: `${type};charset=utf-8` }));
}

/**
 * Offer a Blob (a PNG, say) as a file download, from memory.
 *
 * @example
 * downloadBlob('map.png', await dashboard.pictureMap(2));
 */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has the URL when it starts.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
