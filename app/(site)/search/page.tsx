import type { Metadata } from 'next';
import Link from 'next/link';
import { Highlighted } from '@/components/search/highlighted';
import { SearchForm } from '@/components/search/search-form';
import { search } from '@/lib/search/engine';
import { getSearchIndex } from '@/lib/search/server';
import { getNavTree } from '@/lib/content';
import { absoluteUrl } from '@/lib/site';
import { FeedbackSection } from '@/components/feedback/feedback-section';
import { searchPage } from '@/lib/feedback/pages';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 100) ?? '';
  return {
    title: q ? `Search: ${q}` : 'Search',
    description: 'Search the guide by the words you use: x-ray tech, ultrasound tech, how long is school.',
    alternates: { canonical: absoluteUrl('/search') },
    robots: { index: false, follow: true },
  };
}

/** Server-rendered results, so search works with JavaScript off. */
export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 100).trim() ?? '';
  const hits = q ? search(getSearchIndex(), q, 20) : [];
  return (
    <>
      <h1 className="text-3xl font-bold">Search</h1>
      <SearchForm id="search-page-q" name="Search again" defaultValue={q} />
      {q && (
        <p className="mt-6" role="status">
          {hits.length === 0
            ? `No pages match “${q}”.`
            : `${hits.length} result${hits.length === 1 ? '' : 's'} for “${q}”.`}
        </p>
      )}
      {hits.length > 0 && (
        <ol className="mt-4 max-w-3xl space-y-5">
          {hits.map((hit) => (
            <li key={hit.id}>
              <Link href={hit.url} className="text-lg font-semibold text-brand underline">
                {hit.title}
              </Link>
              {hit.heading && <p className="text-sm font-semibold text-ink-muted">Section: {hit.heading}</p>}
              <p className="mt-1">
                <Highlighted segments={hit.snippet} />
              </p>
            </li>
          ))}
        </ol>
      )}
      {q && hits.length === 0 && (
        <div className="mt-6">
          <p>Try a shorter word, or browse a topic:</p>
          <ul className="mt-2 list-disc pl-6">
            {getNavTree().map((t) => (
              <li key={t.topic}>
                <Link href={t.url} className="text-brand underline">
                  {t.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <FeedbackSection page={searchPage} />
    </>
  );
}
