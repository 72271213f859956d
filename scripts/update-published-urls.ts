// Adds every current page address to content/data/published-urls.json. It never removes one: a
// published address must keep working, through an alias if its page is renamed.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixedRoutes } from '../lib/content/routes';

const file = 'content/data/published-urls.json';
const generated = (await import(pathToFileURL(path.resolve('.contentlayer/generated/index.mjs')).href)) as {
  allArticles: { url: string; draft: boolean }[];
  allPages: { url: string }[];
};
const current = [
  ...fixedRoutes(),
  ...generated.allArticles.filter((a) => !a.draft).map((a) => a.url),
  ...generated.allPages.map((p) => p.url),
];
const existing = JSON.parse(readFileSync(file, 'utf8')) as { urls: string[] };
const added = current.filter((u) => !existing.urls.includes(u));
const urls = [...existing.urls, ...added].sort();
writeFileSync(file, `${JSON.stringify({ urls }, null, 2)}\n`);
console.log(added.length ? `Added ${added.length} address(es): ${added.join(', ')}` : 'No new addresses.');
