import { FeedbackWidget } from './feedback-widget';

/** The "Is this page helpful?" box at the end of every page a reader can land on, keyed by `page`. */
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
