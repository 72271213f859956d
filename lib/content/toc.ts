// Table of contents from raw MDX. Plain data only: contentlayer bundles this file into its config.

export type TocEntry = { depth: 2 | 3; text: string; id: string };

type Slugger = { slug: (text: string) => string };

/** Strips inline Markdown so the text matches what rehype-slug sees in the rendered heading. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`~]/g, '')
    .trim();
}

export function extractToc(raw: string, newSlugger: () => Slugger): TocEntry[] {
  const slugger = newSlugger();
  const entries: TocEntry[] = [];
  let inFence = false;
  for (const line of raw.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match) continue;
    const text = plainText(match[2] ?? '');
    // Every heading takes a slug, so duplicates get the same -1, -2 suffixes as rehype-slug.
    const id = slugger.slug(text);
    const depth = match[1]?.length;
    if (depth === 2 || depth === 3) entries.push({ depth, text, id });
  }
  return entries;
}
