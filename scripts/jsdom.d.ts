/** The little of jsdom 29's API the page reader's Node side uses (jsdom ships no types). */
declare module 'jsdom' {
  export class VirtualConsole {}
  export class JSDOM {
    constructor(
      html: string,
      options?: {
        readonly url?: string;
        readonly contentType?: string;
        readonly virtualConsole?: VirtualConsole;
      },
    );
    readonly window: Window & typeof globalThis;
  }
}
