// The closed sets a source's provenance uses, with no imports so contentlayer.config.ts can read them.
// Schemas and helpers over them live in ./provenance.

/** Where the figures were read: the live page, or a saved copy of it (made on the retrieved days). */
export const readIns = ['source', 'saved copy'] as const;

/** How a source relates to what it supports: the body's or regulator's own page, an unofficial copy of
 *  a statute or rule on another site, or a report of what another body said. */
export const sourceKinds = ['primary', 'copy-of-law', 'secondary'] as const;
