import { type DecodedText, decodeText } from '../model/decode-text';

/**
 * The text of a file the user chose to import, decoded strictly (UTF-8, or UTF-16 by its
 * byte-order mark): invalid bytes refuse the file with the offset of the first bad one, never a
 * silent U+FFFD. The one place the import reads a file's bytes.
 *
 * @example
 * const read = await readFileText(input.files[0]);
 * if (!read.ok) formatIssue(read.issue); // → 'x.geojson: invalid UTF-8 at byte 1,234 …'
 */
export async function readFileText(file: File): Promise<DecodedText> {
  return decodeText(new Uint8Array(await file.arrayBuffer()), file.name);
}
