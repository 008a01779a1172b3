// The baseline newsgraph is measured against: compromise, the npm library a
// user could pick instead, finding people, places and organisations in the
// same JSON Lines articles. Prints the same figures as `analyze --profile`.
// Usage: node entities.mjs ARTICLES.jsonl
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter((line) => line.trim() !== '');
const texts = lines.map((line) => JSON.parse(line).text ?? '');
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
const start = process.hrtime.bigint();
let found = 0;
for (const text of texts) {
  const doc = nlp(text);
  found += doc.people().length + doc.places().length + doc.organizations().length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`compromise: ${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB of text, ` +
            `${seconds.toFixed(3)} s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s (${found} people, places and organisations)`);
