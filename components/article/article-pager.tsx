import type { Article } from '@/lib/content';
import { LinkList } from '@/components/ui/link-list';
import { StaticHtml } from '@/components/mdx/static-html';

/**
 * Previous and next in the topic's reading order, then related reading chosen from front matter.
 * Static markup React does not hydrate (issue 13); the links open in place (link-intent.tsx).
 */
export function ArticlePager({
  topicTitle,
  previous,
  next,
  related,
}: {
  topicTitle: string;
  previous?: Article;
  next?: Article;
  related: Article[];
}) {
  return (
    <StaticHtml>
      <div className="no-print mt-10 space-y-8 border-t border-line pt-6">
        {(previous || next) && (
          <nav aria-label={`${topicTitle}: previous and next`}>
            <ul className="grid gap-3 sm:grid-cols-2">
              {previous && (
                <li>
                  <a
                    href={previous.url}
                    rel="prev"
                    className="block rounded-lg border border-line p-3 hover:bg-paper-alt"
                  >
                    <span className="block text-sm text-ink-muted">
                      <span aria-hidden="true">← </span>Previous in {topicTitle}
                    </span>
                    <span className="font-bold text-brand underline">{previous.title}</span>
                  </a>
                </li>
              )}
              {next && (
                <li className="sm:col-start-2 sm:text-right">
                  <a href={next.url} rel="next" className="block rounded-lg border border-line p-3 hover:bg-paper-alt">
                    <span className="block text-sm text-ink-muted">
                      Next in {topicTitle}
                      <span aria-hidden="true"> →</span>
                    </span>
                    <span className="font-bold text-brand underline">{next.title}</span>
                  </a>
                </li>
              )}
            </ul>
          </nav>
        )}
        {related.length > 0 && (
          <nav aria-labelledby="related-heading">
            <h2 id="related-heading" className="text-xl font-bold">
              Related reading
            </h2>
            <LinkList className="mt-3" items={related.map((a) => ({ href: a.url, title: a.title }))} />
          </nav>
        )}
      </div>
    </StaticHtml>
  );
}
