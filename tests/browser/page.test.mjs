// Ingests examples/ into a temp archive, serves it, and drives chromium over
// the page: story list -> story view, claims table and timeline show what the
// API says, then a screenshot into $NEWSGRAPH_SCREENSHOT_DIR (default: a temp dir).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// The binary: $NEWSGRAPH_BIN (run.sh sets it from its build-folder argument),
// else build/newsgraph.
const binary = process.env.NEWSGRAPH_BIN || path.join(repo, 'build/newsgraph');
if (!existsSync(binary)) throw new Error(`${binary} not found; build it first (ninja -C build newsgraph)`);

const work = mkdtempSync(path.join(tmpdir(), 'newsgraph-browser-'));
const shots = process.env.NEWSGRAPH_SCREENSHOT_DIR || work;
mkdirSync(shots, { recursive: true });
const db = path.join(work, 'archive.db');
let server, browser;

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
});

function startServer() {
  return new Promise((resolve, reject) => {
    server = spawn(binary, ['serve', '--db', db, '--port', '0', '--bind', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    server.stdout.on('data', chunk => {
      out += chunk;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) resolve(`http://127.0.0.1:${m[1]}`);
    });
    server.on('exit', code => reject(new Error(`serve exited with ${code}: ${out}`)));
    setTimeout(() => reject(new Error('serve did not start within 30 s')), 30000).unref();
  });
}

test('story page shows the claims table and timeline of the examples', { timeout: 120000 }, async () => {
  const ingest = spawnSync(binary, ['ingest', '--db', db, path.join(repo, 'examples')], { encoding: 'utf8' });
  assert.equal(ingest.status, 0, `ingest failed: ${ingest.stderr}`);
  const base = await startServer();

  const { stories } = await (await fetch(`${base}/stories`)).json();
  assert.ok(stories.length > 0, 'the examples produced no stories');
  const best = stories.reduce((a, b) => (b.sources.length > a.sources.length ? b : a));
  const story = await (await fetch(`${base}/stories/${encodeURIComponent(best.id)}`)).json();

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const failures = [];
  page.on('pageerror', err => failures.push(err.message));
  page.on('requestfailed', req => failures.push(`${req.url()} ${req.failure()?.errorText}`));

  await page.goto(base + '/');
  await page.waitForSelector('.story-list li');
  assert.ok(await page.locator(`li[data-story="${best.id}"]`).count() === 1, 'story missing from the list');
  await page.click(`li[data-story="${best.id}"] a`);
  await page.waitForSelector('h2');
  assert.equal((await page.locator('h1').textContent()).trim(), story.headline);

  if (story.claims.length) {
    const table = await page.locator('#claims').textContent();
    for (const claim of story.claims) {
      for (const value of claim.values) assert.ok(table.includes(value.text), `claims table lacks ${value.text}`);
      assert.equal(await page.locator(`#claims tr.${claim.status}`).count() > 0, true);
    }
  }
  if (story.timeline.length) {
    const timeline = await page.locator('#timeline').textContent();
    for (const event of story.timeline) assert.ok(timeline.includes(event.date), `timeline lacks ${event.date}`);
  }
  assert.ok(story.claims.length + story.timeline.length > 0, 'the story has neither claims nor a timeline');

  // Quotes sit under their speakers, and entities show by name, not id.
  const docs = await Promise.all(story.documents.map(async d =>
    (await fetch(`${base}/documents/${encodeURIComponent(d)}`)).json()));
  const quote = docs.flatMap(d => d.quotes || []).find(q => q.speaker_text);
  assert.ok(quote, 'the story\'s documents have no attributed quote');
  const quotesText = await page.locator('#quotes').textContent();
  assert.ok(quotesText.includes(quote.text.slice(0, 40)), `quotes section lacks "${quote.text}"`);
  const [entityId, entityName] = Object.entries(story.entity_names)[0];
  assert.equal((await page.locator(`a[href="#/entities/${entityId}"]`).first().textContent()).trim(), entityName);
  await page.screenshot({ path: path.join(shots, 'story.png'), fullPage: true });

  // The examples' evacuation figures, as the Valencia articles write them,
  // show in the claims tables of the story pages.
  let claimsText = '';
  for (const s of stories) {
    await page.goto(`${base}/#/stories/${encodeURIComponent(s.id)}`);
    await page.waitForSelector('h2');
    if (await page.locator('#claims').count()) claimsText += await page.locator('#claims').textContent();
  }
  for (const figure of ['10,000', '12,000', '3,000']) {
    assert.ok(claimsText.includes(figure), `no claims table shows ${figure}`);
  }
  assert.deepEqual(failures, []);
  console.log(`screenshot: ${path.join(shots, 'story.png')}`);
});
