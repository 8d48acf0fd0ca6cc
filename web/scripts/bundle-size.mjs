// Weighs the first view after `vite build`: index.html, the entry chunk with its static imports and
// CSS, plus the default view (#/programs) with its static imports — everything a first visit loads
// before it can show programs (Plot is a dynamic import, loaded only with a chart). Fails at 300 KB gzipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const LIMIT = 300 * 1024;
const out = new URL('../../dist/web/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8'));

const files = new Set(['index.html']);
const seen = new Set();
function visit(key) {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) return;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imp of chunk.imports ?? []) visit(imp);
}
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entry) throw new Error('No entry chunk in the Vite manifest.');
visit(entry);
const firstView = Object.keys(manifest).find((k) => k.endsWith('views/programs.tsx'));
if (firstView) visit(firstView);

let total = 0;
const lines = [];
for (const file of files) {
  const size = gzipSync(readFileSync(join(out, file)), { level: 9 }).length;
  total += size;
  lines.push(`  ${file.padEnd(48)} ${(size / 1024).toFixed(1).padStart(7)} KB gz`);
}
console.log(`First view (${firstView ? 'entry + #/programs' : 'entry'}):`);
console.log(lines.join('\n'));
console.log(`First-view size: ${(total / 1024).toFixed(1)} KB gzipped (limit ${LIMIT / 1024} KB)`);
if (total >= LIMIT) {
  console.error('The first view is too large.');
  process.exit(1);
}
