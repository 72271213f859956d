import Link from 'next/link';
import type { AnswerCard as Card } from '@/lib/search/answer';

/** The short answer above the search results (pay, school length), from content/data. */
export function AnswerCard({ card }: { card: Card }) {
  return (
    <aside
      aria-labelledby="answer-card-title"
      className="mt-6 max-w-3xl rounded-lg border border-line bg-paper-alt p-5"
    >
      <h2 id="answer-card-title" className="text-lg font-bold">
        {card.title}
      </h2>
      <ul className="mt-2 space-y-1">
        {card.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-ink-muted">Source: {card.source}.</p>
      <p className="mt-2 flex flex-wrap gap-x-4">
        {card.links.map((l) => (
          <Link prefetch={false} key={l.href} href={l.href} className="text-brand underline">
            {l.text} →
          </Link>
        ))}
      </p>
    </aside>
  );
}
