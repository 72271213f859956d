import { TableHead } from '@/components/ui/table-head';
import type { Metadata } from 'next';
import { feedbackReasons } from '@/lib/feedback/reasons';
import { getFeedbackContext } from '@/lib/feedback/context';
import { filterQuery, otherPagesFilter, parseDashboardFilter, toStoreFilter } from '@/lib/feedback/dashboard';
import { topicInfo, topics } from '@/lib/content';
import { formatDate } from '@/lib/site';

// Reached only through proxy.ts, which checks the editors' token.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Reader feedback', robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const reasonLabel = Object.fromEntries(feedbackReasons.map((r) => [r.id, r.label]));

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`;
}

export default async function FeedbackDashboard({ searchParams }: Props) {
  const filter = parseDashboardFilter(await searchParams);
  const { store } = await getFeedbackContext();
  const storeFilter = toStoreFilter(filter);
  const [summary, comments] = await Promise.all([
    store.summary(storeFilter),
    store.rows(storeFilter, { withCommentOnly: true, limit: 200 }),
  ]);
  const query = filterQuery(filter);
  const back = `/admin/feedback${query}`;
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold">Reader feedback</h1>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-4">
        <label className="flex flex-col">
          <span className="text-sm font-bold">Topic</span>
          <select name="topic" defaultValue={filter.topic ?? ''} className="rounded border border-line bg-paper p-2">
            <option value="">All topics</option>
            {topics.map((t) => (
              <option key={t} value={t}>
                {topicInfo[t].title}
              </option>
            ))}
            <option value={otherPagesFilter}>Other pages: home, tools, states, search, 404</option>
          </select>
        </label>
        <label className="flex flex-col">
          <span className="text-sm font-bold">From</span>
          <input
            type="date"
            name="from"
            defaultValue={filter.from}
            className="rounded border border-line bg-paper p-2"
          />
        </label>
        <label className="flex flex-col">
          <span className="text-sm font-bold">To</span>
          <input type="date" name="to" defaultValue={filter.to} className="rounded border border-line bg-paper p-2" />
        </label>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-bold text-paper">
          Apply
        </button>
        <a href={`/api/admin/feedback/export${query}`} className="py-2 text-brand underline">
          Download these rows as CSV
        </a>
      </form>

      <h2 className="mt-10 text-2xl font-bold">Pages</h2>
      {summary.length === 0 ? (
        <p className="mt-3">No votes or views match these filters.</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Votes, views and reasons per page, most No votes first</caption>
            <TableHead
              columns={[
                { label: 'Page' },
                { label: 'Views', align: 'right' },
                { label: 'Votes', align: 'right' },
                { label: 'Helpful', align: 'right' },
                { label: 'No ÷ views', align: 'right' },
                { label: 'Reasons given with No' },
              ]}
            />
            <tbody>
              {summary.map((s) => (
                <tr key={s.page} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <a href={s.page} className="text-brand underline">
                      {s.page}
                    </a>
                  </th>
                  <td className="py-2 pr-3 text-right">{s.views}</td>
                  <td className="py-2 pr-3 text-right">{s.votes}</td>
                  <td className="py-2 pr-3 text-right">{percent(s.yes, s.votes)}</td>
                  <td className="py-2 pr-3 text-right">{percent(s.no, s.views)}</td>
                  <td className="py-2">
                    {Object.entries(s.reasons)
                      .filter(([, n]) => n > 0)
                      .map(([id, n]) => `${reasonLabel[id]}: ${n}`)
                      .join('; ') || '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 className="mt-10 text-2xl font-bold">Comments, newest first</h2>
      {comments.length === 0 ? (
        <p className="mt-3">No comments match these filters.</p>
      ) : (
        <ul className="mt-3 space-y-4">
          {comments.map((c) => (
            <li key={c.voteId} className="rounded border border-line p-4" data-vote-id={c.voteId}>
              <p className="text-sm text-ink-muted">
                {formatDate(c.createdAt)} ·{' '}
                <a href={c.page} className="text-brand underline">
                  {c.page}
                </a>{' '}
                · {c.reasons.map((r) => reasonLabel[r]).join('; ') || 'no reason ticked'} · status: {c.status}
              </p>
              <p className="mt-2 whitespace-pre-wrap break-words">{c.comment}</p>
              <div className="mt-3 flex gap-3">
                {(['reviewed', 'spam'] as const).map((status) => (
                  <form key={status} method="post" action="/api/admin/feedback/status">
                    <input type="hidden" name="voteId" value={c.voteId} />
                    <input type="hidden" name="status" value={status} />
                    <input type="hidden" name="back" value={back} />
                    <button
                      type="submit"
                      className="rounded border border-brand px-3 py-1 text-sm text-brand"
                      disabled={c.status === status}
                    >
                      Mark {status}
                    </button>
                  </form>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
