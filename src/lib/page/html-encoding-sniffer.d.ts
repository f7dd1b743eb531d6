/** Types for html-encoding-sniffer 6 (jsdom's; it ships none): the WHATWG encoding sniffing. */
declare module 'html-encoding-sniffer' {
  /** The encoding's name (e.g. "UTF-8", "Big5", "GBK") from the BOM, the transport label or `<meta>`. */
  export default function sniffHtmlEncoding(
    bytes: Uint8Array,
    options?: {
      readonly transportLayerEncodingLabel?: string;
      readonly defaultEncoding?: string;
      readonly xml?: boolean;
    },
  ): string;
}
