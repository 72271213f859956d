import { FeedbackWidget } from './feedback-widget';

/** The "Is this page helpful?" box at the end of every article. */
export function FeedbackSection({ page }: { page: string }) {
  return (
    <section
      id="feedback"
      aria-labelledby="feedback-heading"
      className="no-print mt-12 rounded-lg border border-line bg-paper-alt p-5"
    >
      <FeedbackWidget page={page} />
    </section>
  );
}
