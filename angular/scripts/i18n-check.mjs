// Fails when the UI uses a localization key that the backend's zh-Hans or en texts lack,
// or when the two languages do not have the same keys. Keys are found as string literals of the
// form 'Group:Name' in src/app (outside the generated proxy and the specs), plus the dynamic
// families listed below, plus a label 'Enum:Type.Value' for every value of every enum the generated
// client lists (src/app/proxy/models/*-array.ts): the UI shows enum values by those labels.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const resources = join(root, '../aspnet-core/src/TalentReform.Domain.Shared/Localization/TalentReform');
const DYNAMIC_KEYS = [];
const KEY_LITERAL = /'((?:AppName)|(?:[A-Z][A-Za-z]+:[A-Z][A-Za-z.]*))'/g;
const TEXT_USE = /\| t\b|\bt\(|textKey|tOr\(/;

// The backend merges the root file and one file per module folder for each culture.
const texts = Object.fromEntries(['zh-Hans', 'en'].map(culture => [culture, mergedTexts(resources, culture)]));

const used = new Set(DYNAMIC_KEYS);
for (const file of sourceFiles(join(root, 'src/app'))) {
  const content = readFileSync(file, 'utf8');
  if (!TEXT_USE.test(content)) {
    continue;
  }
  for (const match of content.matchAll(KEY_LITERAL)) {
    used.add(match[1]);
  }
}

for (const key of generatedEnumKeys(join(root, 'src/app/proxy/models'))) {
  used.add(key);
}

const problems = [];
for (const key of [...used].sort()) {
  for (const culture of Object.keys(texts)) {
    if (!(key in texts[culture])) {
      problems.push(`${key} is missing in the ${culture} texts`);
    }
  }
}
const zhKeys = Object.keys(texts['zh-Hans']);
const enKeys = Object.keys(texts.en);
zhKeys.filter(key => !enKeys.includes(key)).forEach(key => problems.push(`${key} is only in the zh-Hans texts`));
enKeys.filter(key => !zhKeys.includes(key)).forEach(key => problems.push(`${key} is only in the en texts`));

if (problems.length > 0) {
  console.error(`i18n:check: ${problems.length} problem(s):\n${problems.map(line => `  ${line}`).join('\n')}`);
  process.exit(1);
}
console.log(`i18n:check: all ${used.size} UI keys exist in the zh-Hans and en texts, which have the same keys.`);

function mergedTexts(dir, culture) {
  return readdirSync(dir).reduce((texts, name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return { ...texts, ...mergedTexts(path, culture) };
    }
    return name === `${culture}.json` ? { ...texts, ...JSON.parse(readFileSync(path, 'utf8')).texts } : texts;
  }, {});
}

function sourceFiles(dir) {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return name === 'proxy' || name === 'testing' ? [] : sourceFiles(path);
    }
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** 'Enum:Type.Value' for each value of each generated enum array ("export const X: Type[] = ['A', 'B'];"). */
export function generatedEnumKeys(dir) {
  return readdirSync(dir)
    .filter(name => name.endsWith('-array.ts'))
    .flatMap(name => {
      const content = readFileSync(join(dir, name), 'utf8');
      const declaration = /export const \w+: (\w+)\[\] = \[([^\]]*)\]/.exec(content);
      if (!declaration) {
        throw new Error(`i18n:check: cannot read the enum values of ${name}`);
      }
      return [...declaration[2].matchAll(/'([^']+)'/g)].map(value => `Enum:${declaration[1]}.${value[1]}`);
    });
}
