// newsgraph page: a hash router over the JSON API; no framework, no network
// beyond this server.
'use strict';

const view = document.getElementById('view');

function esc(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

async function api(path) {
  const res = await fetch(path);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function dateSpan(s) {
  if (!s.first_date) return '';
  return s.first_date === s.last_date || !s.last_date ? s.first_date : `${s.first_date} – ${s.last_date}`;
}

async function showStories() {
  const {stories} = await api('/stories');
  if (!stories.length) {
    view.innerHTML = '<p class="muted">No stories yet. Add articles with <code>newsgraph ingest</code> or POST /articles.</p>';
    return;
  }
  view.innerHTML = `<h1>Stories</h1><ul class="story-list">${stories.map(s => `
    <li data-story="${esc(s.id)}"><a href="#/stories/${encodeURIComponent(s.id)}">${esc(s.headline)}</a>
    <div class="muted">${esc(s.sources.join(', '))} · ${esc(dateSpan(s))} ·
      ${s.sources.length} source${s.sources.length === 1 ? '' : 's'}</div></li>`).join('')}</ul>`;
}

function claimValue(v) {
  return `${esc(v.text)} <span class="muted">(${esc((v.documents || []).join(', '))})</span>`;
}

// Every quote in the story's documents under its speaker: the linked
// entity's name where there is one ("she" resolved), else the words naming
// the speaker.
function quotesBySpeaker(docs, names) {
  const groups = new Map();
  for (const d of docs) {
    for (const q of d.quotes || []) {
      const who = names[q.speaker] || q.speaker_name || q.speaker_text || 'Unattributed';
      if (!groups.has(who)) groups.set(who, []);
      groups.get(who).push({text: q.text, kind: q.kind, source: d.source || d.id});
    }
  }
  if (!groups.size) return '<p class="muted">No quotes.</p>';
  return `<div id="quotes">${[...groups].sort((a, b) => b[1].length - a[1].length).map(([who, list]) =>
    `<h3>${esc(who)}</h3>${list.map(q => `<blockquote class="${esc(q.kind)}">${esc(q.text)}
      <span class="muted">— ${esc(q.source)}, ${esc(q.kind)}</span></blockquote>`).join('')}`).join('')}</div>`;
}

async function showStory(id) {
  const s = await api(`/stories/${encodeURIComponent(id)}`);
  const docs = await Promise.all(s.documents.map(d => api(`/documents/${encodeURIComponent(d)}`).catch(() => null)));
  const claims = s.claims.length ? `<table id="claims"><thead><tr><th>What</th><th>Values</th><th>Status</th><th>Why</th></tr></thead><tbody>
    ${s.claims.map(c => `<tr class="${esc(c.status)}"><td>${esc(c.counted)}${c.unit ? ' (' + esc(c.unit) + ')' : ''}</td>
      <td>${c.values.map(claimValue).join('<br>')}</td><td>${esc(c.status)}</td><td>${esc(c.explanation)}</td></tr>`).join('')}
    </tbody></table>` : '<p class="muted">No figures to compare.</p>';
  const timeline = s.timeline.length ? `<ol class="timeline" id="timeline">${s.timeline.map(e =>
    `<li><time>${esc(e.date)}</time>${esc(e.text)} <span class="muted">(${esc((e.documents || [e.document]).join(', '))})</span></li>`).join('')}</ol>`
    : '<p class="muted">No dated events.</p>';
  const names = s.entity_names || {};
  const shared = s.shared_quotes.length ? s.shared_quotes.map(q => `<h3>${esc(q.speaker_name || 'Unattributed')}</h3>
    ${q.versions.map(v => `<blockquote>${esc(v.text)} <span class="muted">— ${esc(v.source)}</span></blockquote>`).join('')}`).join('')
    : '<p class="muted">No quotes shared across outlets.</p>';
  const quotes = quotesBySpeaker(docs.filter(Boolean), names);
  const sources = docs.filter(Boolean).map(d => `<article class="source"><h3>${esc(d.source)}</h3>
    <div class="muted">${esc(d.date || '')}</div><p><strong>${esc(d.title)}</strong></p>
    <p>${esc(d.text.slice(0, 600))}${d.text.length > 600 ? '…' : ''}</p></article>`).join('');
  const entities = s.entities.map(e => `<a href="#/entities/${encodeURIComponent(e)}">${esc(names[e] || e)}</a>`).join(', ');
  view.innerHTML = `<p><a href="#/">← All stories</a></p><h1>${esc(s.headline)}</h1>
    <div class="muted">${esc(dateSpan(s))} · ${s.sources.length} sources · entities: ${entities}</div>
    <h2>Claims</h2>${claims}<h2>Timeline</h2>${timeline}<h2>Quotes by speaker</h2>${quotes}
    <h2>The same words in several outlets</h2>${shared}
    <h2>Sources</h2><div class="sources">${sources}</div>`;
}

async function showEntity(id) {
  const e = await api(`/entities/${encodeURIComponent(id)}`);
  const {stories} = await api(`/stories?entity=${encodeURIComponent(e.id)}`);
  view.innerHTML = `<p><a href="#/">← All stories</a></p><h1>${esc(e.name)}</h1>
    <div class="muted">${esc(e.type)}${e.titles.length ? ' · ' + esc(e.titles.join(', ')) : ''}</div>
    <p>Also called: ${esc(e.aliases.join(', '))}</p><h2>Stories</h2><ul class="story-list">${stories.map(s =>
    `<li><a href="#/stories/${encodeURIComponent(s.id)}">${esc(s.headline)}</a></li>`).join('')}</ul>`;
}

async function showSearch(q) {
  const {results} = await api(`/search?q=${encodeURIComponent(q)}`);
  view.innerHTML = `<h1>Search: ${esc(q)}</h1><ul class="story-list">${results.map(r =>
    `<li><strong>${esc(r.title)}</strong> <span class="muted">${esc(r.source)} · ${esc(r.date)}</span><div>${esc(r.snippet)}</div></li>`
  ).join('') || '<li class="muted">Nothing found.</li>'}</ul>`;
}

async function route() {
  const [, kind, arg] = location.hash.match(/^#\/(stories|entities|search)\/(.+)$/) || [];
  try {
    if (kind === 'stories') await showStory(decodeURIComponent(arg));
    else if (kind === 'entities') await showEntity(decodeURIComponent(arg));
    else if (kind === 'search') await showSearch(decodeURIComponent(arg));
    else await showStories();
  } catch (err) {
    view.innerHTML = `<p class="error">Could not load: ${esc(err.message)}</p>`;
  }
}

document.getElementById('search-form').addEventListener('submit', ev => {
  ev.preventDefault();
  location.hash = `#/search/${encodeURIComponent(document.getElementById('search-input').value)}`;
});
window.addEventListener('hashchange', route);
route();
