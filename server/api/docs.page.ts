// The readable API docs at /api/docs: one section per route of the contract, and a small script
// (served separately, so the CSP needs no inline code) that runs each example against this server
// and shows the real answer.
import { declaredRoutes, ERRORS, successStatus, type RouteSpec } from '../../graph-schema/contract';

const html = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A write example as the curl command a reader can paste. */
function curl(method: string, example: RouteSpec['example']): string {
  const body =
    example.body === undefined
      ? ''
      : ` \\\n  -H 'Content-Type: application/json' \\\n  -d '${JSON.stringify(example.body, null, 2).replace(/'/g, "'\\''")}'`;
  return `curl -X ${method.toUpperCase()} http://localhost:3000${example.path} \\\n  -H "Authorization: Bearer $API_TOKEN"${body}`;
}

export function docsPage(): string {
  const sections = declaredRoutes()
    .map((ep) => {
      const status = successStatus(ep);
      const example =
        ep.method === 'get'
          ? `<p>Example: <code class="example" data-path="${html(ep.example.path)}">GET ${html(decodeURI(ep.example.path))}</code></p><pre class="answer">loading the real answer\u2026</pre>`
          : `<p>Example (needs <code>Authorization: Bearer &lt;API_TOKEN&gt;</code>):</p><pre class="request">${html(curl(ep.method, ep.example))}</pre>` +
            `<p class="muted">Answers ${status}: ${html(ep.responses[status].description)}</p>`;
      return `<section id="${html(ep.method + ep.path)}"><h2><span class="method ${ep.method}">${ep.method.toUpperCase()}</span> ${html(ep.path)}</h2>
<p>${html(ep.summary)}</p>${ep.description ? `<p>${html(ep.description)}</p>` : ''}${example}</section>`;
    })
    .join('\n');
  const errors = Object.entries(ERRORS)
    .map(([code, { status, description }]) => `<tr><td><code>${code}</code></td><td>${status}</td><td>${html(description)}</td></tr>`)
    .join('');
  const errorSection = `<section id="errors"><h2>Error codes</h2><table>${errors}</table></section>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>AI industry graph API</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/api/docs.css"></head>
<body><header><h1>AI industry graph API</h1><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>. Errors are <code>{ "error": { "code", "message", "details" } }</code>.</p></header>
<main>${sections}\n${errorSection}</main><script src="/api/docs.js"></script></body></html>`;
}

export const docsScript = `document.querySelectorAll('code.example').forEach(async (code) => {
  const pre = code.parentElement.nextElementSibling;
  try {
    const res = await fetch(code.dataset.path);
    const text = JSON.stringify(await res.json(), null, 2);
    pre.textContent = res.status + ' ' + res.statusText + '\\n' + (text.length > 3000 ? text.slice(0, 3000) + '\\n\u2026 (cut)' : text);
  } catch (e) { pre.textContent = 'could not run the example: ' + e.message; }
});`;

export const docsCss = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{background:#1d2330;color:#fff;padding:1rem 2rem}header a{color:#9cd2ff}
main{max-width:960px;margin:auto;padding:1rem 2rem}section{background:#fff;border-radius:8px;padding:.5rem 1.25rem;margin:1rem 0;box-shadow:0 1px 2px #0002}
h2{font-size:1.05rem}.method{display:inline-block;min-width:4.5em;font-size:.8rem;padding:.1em .4em;border-radius:4px;color:#fff;background:#2e7d32}
.method.post{background:#1565c0}.method.patch{background:#6a1b9a}.method.delete{background:#c62828}
pre{background:#0f1420;color:#d6e2ff;padding:.75rem;border-radius:6px;overflow:auto;max-height:24rem;font-size:12px}.muted{color:#666}`;
