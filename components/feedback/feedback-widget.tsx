'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useEnhanced, useBrowserValue } from '@/components/use-browser-value';
import { feedbackReasons, maxCommentLength } from '@/lib/feedback/reasons';

type State = 'ask' | 'no' | 'sending' | 'thanks' | 'already';

const storageKey = (page: string) => `feedback:v1:${page}`;
const privacyLine = 'Do not include personal information such as your name, email or phone number. We cannot reply.';

function Honeypot() {
  // People never see this field; bots that fill every input give themselves away.
  return (
    <div className="hidden">
      <label>
        Leave this field empty
        <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}

function Reasons() {
  return (
    <fieldset>
      <legend className="font-semibold">What was wrong? Tick any that apply.</legend>
      <ul className="mt-2 space-y-2">
        {feedbackReasons.map((r) => (
          <li key={r.id}>
            <label className="flex items-start gap-2">
              <input type="checkbox" name="reasons" value={r.id} className="mt-1 size-4" />
              <span>{r.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * "Is this page helpful?" Without JavaScript it is two plain forms (the No form inside <details>);
 * with JavaScript it sends JSON, manages focus and remembers the vote in this browser.
 */
export function FeedbackWidget({ page }: { page: string }) {
  // False on the server and during hydration (the plain forms), true once JavaScript runs.
  const enhanced = useEnhanced();
  const votedEarlier = useBrowserValue(() => localStorage.getItem(storageKey(page)) !== null, false);
  const [answer, setState] = useState<State>('ask');
  // A vote from an earlier visit means we do not ask again; this visit's vote shows its thank-you.
  const state: State = votedEarlier && answer !== 'thanks' ? 'already' : answer;
  const [error, setError] = useState('');
  const [count, setCount] = useState(0);
  const noButton = useRef<HTMLButtonElement>(null);
  const formStart = useRef<HTMLFieldSetElement>(null);
  const message = useRef<HTMLParagraphElement>(null);
  const voteId = useRef('');

  useEffect(() => {
    voteId.current = crypto.randomUUID();
    navigator.sendBeacon?.('/api/views', page);
  }, [page]);

  useEffect(() => {
    if (state === 'thanks') message.current?.focus();
    if (state === 'no') formStart.current?.querySelector('input')?.focus();
  }, [state]);

  async function send(helpful: 'yes' | 'no', form?: HTMLFormElement) {
    setError('');
    setState('sending');
    const data = form ? new FormData(form) : null;
    const body = {
      page,
      helpful,
      voteId: voteId.current,
      elapsedMs: Math.round(performance.now()),
      reasons: data ? data.getAll('reasons') : [],
      comment: (data?.get('comment') as string | null) || undefined,
      website: (data?.get('website') as string | null) || undefined,
    };
    try {
      const response = await fetch('/api/feedback', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) {
        const answer = (await response.json().catch(() => ({}))) as { error?: string };
        throw new Error(answer.error ?? 'Something went wrong.');
      }
      localStorage.setItem(storageKey(page), helpful);
      setState('thanks');
    } catch (e) {
      setError(`Your feedback was not sent. ${(e as Error).message} Please try again.`);
      setState(helpful === 'no' ? 'no' : 'ask');
    }
  }

  function submitNo(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send('no', event.currentTarget);
  }

  const heading = (
    <h2 id="feedback-heading" className="text-lg font-bold">
      Is this page helpful?
    </h2>
  );
  const buttonClass =
    'rounded border-2 border-brand px-4 py-2 font-semibold text-brand hover:bg-paper-alt disabled:opacity-60';
  const errorLine = error && (
    <p role="alert" className="mt-3 font-semibold text-warning">
      {error}
    </p>
  );

  if (!enhanced) {
    return (
      <div>
        {heading}
        <div className="mt-3 flex flex-wrap items-start gap-3">
          <form method="post" action="/api/feedback">
            <input type="hidden" name="page" value={page} />
            <input type="hidden" name="helpful" value="yes" />
            <Honeypot />
            <button type="submit" className={buttonClass} aria-label="Yes, this page is helpful">
              Yes
            </button>
          </form>
          <details className="w-full sm:w-auto">
            <summary
              className={`${buttonClass} inline-block cursor-pointer list-none`}
              aria-label="No, this page is not helpful"
            >
              No
            </summary>
            <form method="post" action="/api/feedback" className="mt-4 space-y-4">
              <input type="hidden" name="page" value={page} />
              <input type="hidden" name="helpful" value="no" />
              <Honeypot />
              <Reasons />
              <label className="block">
                <span className="font-semibold">Anything else? (optional)</span>
                <textarea
                  name="comment"
                  maxLength={maxCommentLength}
                  rows={4}
                  className="mt-1 block w-full rounded border border-line bg-paper p-2"
                />
              </label>
              <p className="text-sm text-ink-muted">{privacyLine}</p>
              <button type="submit" className={buttonClass}>
                Send
              </button>
            </form>
          </details>
        </div>
        <p id="feedback-thanks" tabIndex={-1} className="mt-3 hidden font-semibold target:block">
          Thank you for your feedback. Editors read every answer.
        </p>
      </div>
    );
  }

  return (
    <div>
      {heading}
      <div aria-live="polite">
        {state === 'thanks' && (
          <p ref={message} tabIndex={-1} className="mt-3 font-semibold">
            Thank you for your feedback. Editors read every answer.
          </p>
        )}
        {state === 'already' && <p className="mt-3">You have already told us about this page. Thank you.</p>}
      </div>
      {(state === 'ask' || state === 'no' || state === 'sending') && (
        <div className="mt-3 flex flex-wrap gap-3">
          <button
            type="button"
            className={buttonClass}
            aria-label="Yes, this page is helpful"
            disabled={state === 'sending'}
            onClick={() => void send('yes')}
          >
            Yes
          </button>
          <button
            type="button"
            ref={noButton}
            className={buttonClass}
            aria-expanded={state === 'no' || state === 'sending'}
            aria-controls="feedback-no-form"
            aria-label="No, this page is not helpful"
            disabled={state === 'sending'}
            onClick={() => setState(state === 'no' ? 'ask' : 'no')}
          >
            No
          </button>
        </div>
      )}
      {state === 'ask' && errorLine}
      {(state === 'no' || state === 'sending') && (
        <form id="feedback-no-form" onSubmit={submitNo} className="mt-4 space-y-4">
          <fieldset ref={formStart} className="contents">
            <Reasons />
          </fieldset>
          <label className="block">
            <span className="font-semibold">Anything else? (optional)</span>
            <textarea
              name="comment"
              maxLength={maxCommentLength}
              rows={4}
              aria-describedby="feedback-count feedback-privacy"
              onChange={(e) => setCount(e.target.value.length)}
              className="mt-1 block w-full rounded border border-line bg-paper p-2"
            />
          </label>
          <p id="feedback-count" className="text-sm text-ink-muted">
            {count} of {maxCommentLength.toLocaleString('en-US')} characters
          </p>
          <p id="feedback-privacy" className="text-sm text-ink-muted">
            {privacyLine}
          </p>
          <Honeypot />
          {errorLine}
          <div className="flex gap-3">
            <button type="submit" className={buttonClass} disabled={state === 'sending'}>
              {state === 'sending' ? 'Sending…' : 'Send'}
            </button>
            <button
              type="button"
              className={buttonClass}
              onClick={() => {
                setState('ask');
                noButton.current?.focus();
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
