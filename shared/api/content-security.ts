/**
 * The Content-Security-Policy of every window (browser mode sends it as a header, the renderer's
 * index.html declares it for the desktop app's page loaded from disk): scripts, styles and connections
 * only from the app itself; no plugins, frames, forms or base URL. AG Grid sets inline styles.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
