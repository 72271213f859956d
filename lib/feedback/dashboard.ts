import { z } from 'zod';
import { topics } from '../content';
import { otherPages, topicPages } from './pages';
import type { FeedbackFilter } from './store';

export const otherPagesFilter = 'other';

const filterSchema = z.object({
  // A topic (its hub and articles), or "other": home, tools, state pages, site pages, search, 404.
  topic: z
    .enum([...topics, otherPagesFilter])
    .optional()
    .catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
});
export type DashboardFilter = z.infer<typeof filterSchema>;

function first(value: string | string[] | null | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v === null || v === '' ? undefined : v;
}

/** Reads the dashboard's filters from a query string; anything malformed is ignored, not an error. */
export function parseDashboardFilter(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
): DashboardFilter {
  const get = (k: string) => (params instanceof URLSearchParams ? params.get(k) : params[k]);
  return filterSchema.parse({ topic: first(get('topic')), from: first(get('from')), to: first(get('to')) });
}

export function toStoreFilter(filter: DashboardFilter): FeedbackFilter {
  return {
    ...(filter.topic ? { pages: filter.topic === otherPagesFilter ? otherPages() : topicPages(filter.topic) } : {}),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
  };
}

export function filterQuery(filter: DashboardFilter): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v) params.set(k, v);
  const q = params.toString();
  return q ? `?${q}` : '';
}
