/**
 * Flags for Debian's headless Chromium in tests and the benchmark (see
 * shared/reference/browser-testing.md): WebGL through SwiftShader without GPU flags, and no
 * background traffic to outside hosts (the resolver rule refuses every host but 127.0.0.1).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];
