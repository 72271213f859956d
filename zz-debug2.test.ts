import { it } from 'vitest';
import { buildIndex, search } from './lib/search/engine';
import { searchDocuments } from './lib/search/documents';
import { loadRelevanceCases } from './lib/search/relevance';
const index = buildIndex(searchDocuments());
it('debug2', () => {
  for (const c of loadRelevanceCases()) {
    const got = search(index, c.q, 10).map((h) => h.id);
    const rank = got.indexOf(c.expect);
    if (rank === 1 || rank === 2) console.log(`R${rank + 1} "${c.q}" want ${c.expect}\n     got ${got.slice(0, rank).join(' | ')}`);
  }
});
