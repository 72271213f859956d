import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import GithubSlugger from 'github-slugger';
import readingTime from 'reading-time';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { readIns, sourceKinds } from './lib/content/source-terms';
import { extractToc } from './lib/content/toc';
import { specialties, topics } from './lib/content/taxonomy';

// Lengths, URL formats, date rules and "at least two sources" are checked by the zod mirror in
// lib/content/schema.ts (run by scripts/check-content.ts during the build).

const Source = defineNestedType(() => ({
  name: 'Source',
  fields: {
    // Organisation that published the source, e.g. "U.S. Bureau of Labor Statistics".
    publisher: { type: 'string', required: true },
    // Title of the page or document as its publisher gives it.
    title: { type: 'string', required: true },
    // Public address of the source (https).
    url: { type: 'string', required: true },
    // Optional: which version was read, e.g. "OOH 2024–34 edition (last modified 2025-08-28)".
    edition: { type: 'string', required: false },
    // Give either `accessed`, or `retrieved` with `readIn` (lib/content/provenance.ts checks one form).
    // The day someone read the live page (YYYY-MM-DD).
    accessed: { type: 'date', required: false },
    // The day or span of days the source was read, quoted: '2026-11-29' or 2026-01-05/2026-02-27.
    retrieved: { type: 'string', required: false },
    // Where it was read: "source" (the live page) or "saved copy" (a copy saved on the retrieved days).
    readIn: { type: 'enum', options: [...readIns], required: false },
    // Optional, default primary: "copy-of-law" marks an unofficial copy of a statute or rule,
    // "secondary" a report of another source (trade press, a college page about someone else's
    // rule). Shown in the source list; no figure may rest on a secondary source alone.
    kind: { type: 'enum', options: [...sourceKinds], required: false },
  },
}));

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/**/*.mdx',
  contentType: 'mdx',
  fields: {
    // Page title, at most 60 characters; becomes the h1 and the <title>.
    title: { type: 'string', required: true },
    // One sentence answering the reader's question, at most 160 characters; used for search results and previews.
    description: { type: 'string', required: true },
    // The hub the article belongs to; must match its folder under content/articles/.
    topic: { type: 'enum', options: [...topics], required: true },
    // The imaging specialty the article is mainly about, if any.
    specialty: { type: 'enum', options: [...specialties], required: false },
    // The occupation in content/data/occupations.json this page is about, for its Occupation structured data.
    occupation: { type: 'string', required: false },
    // Position within its topic hub (lower comes first).
    order: { type: 'number', required: true },
    // Date an editor last checked every fact on the page (YYYY-MM-DD); shown as "Last reviewed".
    reviewedAt: { type: 'date', required: true },
    // Every source the page relies on; at least two.
    sources: { type: 'list', of: Source, required: true },
    // Old paths (e.g. /x-ray-tech) that must keep redirecting to this page.
    aliases: { type: 'list', of: { type: 'string' }, default: [] },
    // Up to four slugs of articles to suggest first under "Related" (the rest are chosen by specialty and topic).
    related: { type: 'list', of: { type: 'string' }, default: [] },
    // Drafts build in development but are hidden in production.
    draft: { type: 'boolean', default: false },
  },
  computedFields: {
    // The file name without extension; also the URL path.
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.mdx$/, '') },
    // Short readable URL, e.g. /radiography.
    url: { type: 'string', resolve: (doc) => `/${doc._raw.sourceFileName.replace(/\.mdx$/, '')}` },
    // Whole minutes at 200 words a minute, at least 1.
    readingMinutes: {
      type: 'number',
      resolve: (doc) => Math.max(1, Math.round(readingTime(doc.body.raw).minutes)),
    },
    // h2 and h3 headings with the ids rehype-slug gives them.
    toc: { type: 'json', resolve: (doc) => extractToc(doc.body.raw, () => new GithubSlugger()) },
  },
}));

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/*.mdx',
  contentType: 'mdx',
  fields: {
    // Page title, at most 60 characters.
    title: { type: 'string', required: true },
    // One sentence about the page, at most 160 characters.
    description: { type: 'string', required: true },
    // Date the page was last checked (YYYY-MM-DD).
    reviewedAt: { type: 'date', required: true },
  },
  computedFields: {
    // The file name without extension; also the URL path.
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.mdx$/, '') },
    // Short readable URL, e.g. /about.
    url: { type: 'string', resolve: (doc) => `/${doc._raw.sourceFileName.replace(/\.mdx$/, '')}` },
  },
}));

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  contentDirExclude: ['data'],
  documentTypes: [Article, Page],
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  disableImportAliasWarning: true,
  mdx: {
    remarkPlugins: [remarkGfm],
    // Headings get ids here; components/mdx/heading.tsx adds the anchor link and the copy-link button.
    rehypePlugins: [rehypeSlug],
  },
});
