import { it } from 'vitest';
import { buildIndex, search } from './lib/search/engine';
import { searchDocuments } from './lib/search/documents';
import { queryGroups, expandQuery } from './lib/search/synonyms';
const index = buildIndex(searchDocuments());
it('debug', () => {
  for (const q of (process.env.Q ?? '').split('|')) {
    console.log(q, JSON.stringify(queryGroups(q)), expandQuery(q));
    for (const h of search(index, q, 10)) console.log('  ', h.id);
    if (process.env.KEY) for (const r of index.search(process.env.KEY, { fields: ['heading', 'text'], boost: { heading: 3 }, prefix: (t) => t.length > 3 }).slice(0, 8)) console.log('   K', r.id, r.score.toFixed(2), JSON.stringify(r.match));
  }
});
