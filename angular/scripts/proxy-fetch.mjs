// Downloads the backend's OpenAPI document into angular/openapi.json (pretty-printed, LF, final newline).
// Usage: API=http://127.0.0.1:5123 npm run proxy:fetch
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const api = (process.env.API ?? 'http://127.0.0.1:5123').replace(/\/+$/, '');
const url = `${api}/openapi/v1.json`;
const target = fileURLToPath(new URL('../openapi.json', import.meta.url));

let response;
try {
  response = await fetch(url);
} catch (error) {
  console.error(`proxy:fetch: cannot reach ${url} (${error.cause?.code ?? error.message}). Is the host running?`);
  process.exit(1);
}
if (!response.ok) {
  console.error(`proxy:fetch: ${url} answered ${response.status} ${response.statusText}.`);
  process.exit(1);
}
const document = await response.json();
// The address the host happened to run at is not part of the contract; keep the file stable.
delete document.servers;
await writeFile(target, `${JSON.stringify(document, null, 2)}\n`, 'utf8');
console.log(`proxy:fetch: wrote ${target} from ${url}. Now run: npm run proxy:generate`);
