import { z } from 'zod';
import { retrievedRange, retrievedSchema, sourceKindSchema, withProvenance } from './provenance';
import { specialties, topics } from './taxonomy';

/** A calendar date written YYYY-MM-DD (data files). */
export const isoDateSchema = z.iso.date();

/** Contentlayer turns front-matter dates into ISO date-times; none may lie in the future. */
const pastDate = (now: Date) =>
  z.iso.datetime().refine((value) => new Date(value).getTime() <= now.getTime(), {
    message: 'date is in the future',
  });

/** A front-matter source: `accessed`, or `retrieved` + `readIn` (lib/content/provenance.ts), never in the future. */
const sourceSchema = (now: Date) =>
  withProvenance(
    {
      type: z.literal('Source'),
      _raw: z.strictObject({}),
      publisher: z.string().trim().min(2),
      title: z.string().trim().min(2),
      url: z.url({ protocol: /^https?$/, message: 'must be a full http(s) URL' }),
      edition: z.string().trim().min(2).optional(),
      kind: sourceKindSchema.optional(),
    },
    {
      accessed: pastDate(now),
      retrieved: retrievedSchema.refine((v) => retrievedRange({ retrieved: v, readIn: 'source' }).to <= isoDay(now), {
        message: 'date is in the future',
      }),
    },
  );

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const tocEntrySchema = z.strictObject({
  depth: z.union([z.literal(2), z.literal(3)]),
  text: z.string().min(1),
  id: z.string().min(1),
});

const rawSchema = z.object({
  sourceFilePath: z.string(),
  sourceFileName: z.string(),
  sourceFileDir: z.string(),
  contentType: z.literal('mdx'),
  flattenedPath: z.string(),
});

const bodySchema = z.strictObject({ raw: z.string(), code: z.string() });

const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens');
const pathSchema = z
  .string()
  .regex(/^\/[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/, 'must be a path like /old-name');

/** The zod mirror of the Article type in contentlayer.config.ts: what the DSL cannot say. */
export function articleSchema(now = new Date()) {
  return z
    .strictObject({
      _id: z.string(),
      _raw: rawSchema,
      type: z.literal('Article'),
      title: z.string().trim().min(3).max(60),
      description: z.string().trim().min(20).max(160),
      topic: z.enum(topics),
      specialty: z.enum(specialties).optional(),
      occupation: z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .optional(),
      order: z.number().int().min(0),
      reviewedAt: pastDate(now),
      sources: z.array(sourceSchema(now)).min(2, 'list at least two sources'),
      aliases: z.array(pathSchema),
      related: z.array(slugSchema).max(4, 'name at most four related articles'),
      draft: z.boolean(),
      body: bodySchema,
      slug: slugSchema,
      url: z.string(),
      readingMinutes: z.number().int().min(1),
      toc: z.array(tocEntrySchema),
    })
    .superRefine((doc, ctx) => {
      if (doc._raw.sourceFileDir !== `articles/${doc.topic}`) {
        ctx.addIssue({
          code: 'custom',
          path: ['topic'],
          message: `topic "${doc.topic}" does not match the folder; move the file to content/articles/${doc.topic}/`,
        });
      }
      if (doc.aliases.includes(doc.url)) {
        ctx.addIssue({ code: 'custom', path: ['aliases'], message: 'an alias cannot be the page’s own URL' });
      }
    });
}
export type ArticleDocument = z.infer<ReturnType<typeof articleSchema>>;

/** The zod mirror of the Page type (about, sourcing, feedback policy). */
export function pageSchema(now = new Date()) {
  return z.strictObject({
    _id: z.string(),
    _raw: rawSchema,
    type: z.literal('Page'),
    title: z.string().trim().min(3).max(60),
    description: z.string().trim().min(20).max(160),
    reviewedAt: pastDate(now),
    body: bodySchema,
    slug: slugSchema,
    url: z.string(),
  });
}

export type ContentProblem = { file: string; field: string; message: string };

type RawDoc = { _raw?: { sourceFilePath?: string }; type?: string };

/** Checks every generated document; returns one problem per bad field, naming the file. */
export function findDocumentProblems(docs: RawDoc[], now = new Date()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const article = articleSchema(now);
  const page = pageSchema(now);
  for (const doc of docs) {
    const file = `content/${doc._raw?.sourceFilePath ?? '(unknown file)'}`;
    const result = (doc.type === 'Page' ? page : article).safeParse(doc);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file, field: issue.path.join('.') || '(document)', message: issue.message });
      }
    }
  }
  return problems;
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}
