/**
 * The page shown while the database cannot be reached. It is answered by
 * the proxy itself (status 503, Retry-After), because a page that fails
 * while rendering can only become a 500 in the App Router, and because it
 * must not depend on anything that is down. Self-contained: one inline
 * style block carrying the response's CSP nonce, no script.
 */
export const RETRY_AFTER_SECONDS = 30;

export function renderUnavailablePage(nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Briefly unavailable · Followthrough</title>
<style nonce="${nonce}">
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; font-family: ui-sans-serif, system-ui, sans-serif; background: #f8fafc; color: #0f172a; }
  main { max-width: 32rem; padding: 2rem; }
  .brand { font-weight: 700; color: #0f766e; letter-spacing: .01em; }
  h1 { font-size: 1.5rem; margin: .5rem 0 1rem; }
  p { line-height: 1.6; color: #334155; }
  a { color: #0f766e; font-weight: 600; }
</style>
</head>
<body>
<main>
  <p class="brand">Followthrough</p>
  <h1>Followthrough is briefly unavailable</h1>
  <p>We cannot reach our database right now. Nothing you saved has been lost, and you do not need to sign in again.</p>
  <p>Please try again in a minute: <a href="">reload this page</a>.</p>
</main>
</body>
</html>`;
}
