import type { Metadata } from 'next';
import Link from 'next/link';
import { AnswerCard } from '@/components/search/answer-card';
import { Highlighted } from '@/components/search/highlighted';
import { SearchForm } from '@/components/search/search-form';
import { answerCard } from '@/lib/search/answer';
import { cleanQuery, searchSite } from '@/lib/search/server';
import { getNavTree } from '@/lib/content';
import { absoluteUrl } from '@/lib/site';
import { FeedbackSection } from '@/components/feedback/feedback-section';
import { searchPage } from '@/lib/feedback/pages';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = cleanQuery((await searchParams).q);
  return {
    title: q ? `Search: ${q}` : 'Search',
    description: 'Search the guide by the words you use: x-ray tech, ultrasound tech, how long is school.',
    alternates: { canonical: absoluteUrl('/search') },
    robots: { index: false, follow: true },
  };
}

/** Server-rendered results, so search works with JavaScript off. */
export default async function SearchPage({ searchParams }: Props) {
  const q = cleanQuery((await searchParams).q);
  const hits = q ? searchSite(q, 20) : [];
  const card = q ? answerCard(q, hits) : null;
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
      {card && <AnswerCard card={card} />}
      {hits.length > 0 && (
        <ol className="mt-4 max-w-3xl space-y-5">
          {hits.map((hit) => (
            <li key={hit.id}>
              <Link prefetch={false} href={hit.url} className="text-lg font-bold text-brand underline">
                {hit.title}
              </Link>
              {hit.heading && <p className="text-sm font-bold text-ink-muted">Section: {hit.heading}</p>}
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
                <Link prefetch={false} href={t.url} className="text-brand underline">
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
