/**
 * The text of a file the user chose to import, as the browser decodes it (UTF-8). The one place
 * the import reads a file's bytes.
 *
 * @example
 * const text = await readFileText(input.files[0]);
 */
export function readFileText(file: Blob): Promise<string> {
  return file.text();
}
