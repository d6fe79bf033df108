// Fails when src/app/proxy is not exactly what ng-openapi-gen generates from openapi.json,
// i.e. when someone edited the generated client by hand or forgot `npm run proxy:generate`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const committed = join(root, 'src/app/proxy');
const spec = join(root, 'openapi.json');

if (!existsSync(spec)) {
  fail('angular/openapi.json is missing. Run `npm run proxy:fetch` against a running host, then `npm run proxy:generate`.');
}

const generated = mkdtempSync(join(tmpdir(), 'talent-reform-proxy-'));
try {
  execFileSync(process.execPath, [join(root, 'scripts/proxy-generate.mjs'), generated], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const differences = compareTrees(generated, committed);
  if (differences.length > 0) {
    fail(
      'src/app/proxy differs from what openapi.json generates:\n' +
        differences.map(line => `  ${line}`).join('\n') +
        '\nRun `npm run proxy:generate` (after `npm run proxy:fetch` if the API changed) and commit the result; never edit src/app/proxy by hand.',
    );
  }
  console.log('proxy:check: src/app/proxy matches openapi.json.');
} finally {
  rmSync(generated, { recursive: true, force: true });
}

function compareTrees(expectedRoot, actualRoot) {
  const expected = listFiles(expectedRoot);
  const actual = listFiles(actualRoot);
  const differences = [];
  for (const file of expected) {
    if (!actual.includes(file)) {
      differences.push(`missing:  ${file}`);
    } else if (!readFileSync(join(expectedRoot, file)).equals(readFileSync(join(actualRoot, file)))) {
      differences.push(`changed:  ${file}`);
    }
  }
  for (const file of actual.filter(file => !expected.includes(file))) {
    differences.push(`extra:    ${file}`);
  }
  return differences;
}

function listFiles(dir, base = dir) {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, base) : [relative(base, path).split('\\').join('/')];
  });
}

function fail(message) {
  console.error(`proxy:check: ${message}`);
  process.exit(1);
}
