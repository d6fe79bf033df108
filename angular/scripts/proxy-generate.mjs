// Generates the API client in src/app/proxy (or the folder given as first argument) from openapi.json.
// ASP.NET Core lists every formatter's media type (text/plain, text/json, application/*+json, ...);
// the generator would then pick an odd one, so a copy of the document that keeps only
// application/json, where offered, is fed to ng-openapi-gen. The `servers` entry (the URL the host
// happened to run at) is dropped too: the UI calls the API on its own origin. openapi.json itself
// stays as served.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const spec = join(root, 'openapi.json');
const output = resolve(root, process.argv[2] ?? 'src/app/proxy');

if (!existsSync(spec)) {
  console.error('proxy:generate: angular/openapi.json is missing. Run `npm run proxy:fetch` against a running host first.');
  process.exit(1);
}

const document = JSON.parse(readFileSync(spec, 'utf8'));
delete document.servers;
for (const operations of Object.values(document.paths ?? {})) {
  for (const operation of Object.values(operations)) {
    if (operation && typeof operation === 'object') {
      keepJsonOnly(operation.requestBody);
      Object.values(operation.responses ?? {}).forEach(keepJsonOnly);
    }
  }
}

const workDir = mkdtempSync(join(tmpdir(), 'talent-reform-openapi-'));
try {
  const normalized = join(workDir, 'openapi.json');
  writeFileSync(normalized, JSON.stringify(document, null, 2));
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/ng-openapi-gen/lib/index.js'), '--config', 'ng-openapi-gen.json', '--input', normalized, '--output', output],
    { cwd: root, stdio: 'inherit' },
  );
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

function keepJsonOnly(holder) {
  const content = holder?.content;
  if (content && content['application/json']) {
    holder.content = { 'application/json': content['application/json'] };
  }
}
