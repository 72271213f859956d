'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useEnhanced, useBrowserValue } from '@/components/use-browser-value';
import { feedbackReasons, maxCommentLength, privacyLine } from '@/lib/feedback/reasons';
import { cn } from '@/lib/cn';

type State = 'ask' | 'sending' | 'details' | 'sending-details' | 'thanks' | 'already';
type Answer = 'yes' | 'no';

/** Milliseconds since the page loaded: the server ignores votes sent sooner than a person reads. */
const sincePageLoad = () => Math.round(performance.now());

const storageKey = (page: string) => `feedback:v1:${page}`;

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
      <ul className="mt-2 space-y-1">
        {feedbackReasons.map((r) => (
          <li key={r.id}>
            {/* The whole row is the tap target, at least 44 px tall. */}
            <label className="flex min-h-11 cursor-pointer items-center gap-3 py-1">
              <input type="checkbox" name="reasons" value={r.id} className="size-5 shrink-0" />
              <span>{r.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * "Is this page helpful?" Without JavaScript it is two plain forms: Yes and No each post, and the
 * server asks a No for its reasons on a page of its own. With JavaScript, Yes and No are each stored
 * on tap (JSON); a No then offers reasons and a comment that update that same vote.
 */
export function FeedbackWidget({ page }: { page: string }) {
  // False on the server and during hydration (the plain forms), true once JavaScript runs.
  const enhanced = useEnhanced();
  const votedEarlier = useBrowserValue(() => localStorage.getItem(storageKey(page)) !== null, false);
  const [current, setState] = useState<State>('ask');
  const [picked, setPicked] = useState<Answer | null>(null);
  // A vote from an earlier visit means we do not ask again; this visit's vote shows its answer.
  const state: State = votedEarlier && picked === null ? 'already' : current;
  const [error, setError] = useState('');
  const [count, setCount] = useState(0);
  const formStart = useRef<HTMLFieldSetElement>(null);
  const message = useRef<HTMLParagraphElement>(null);
  const voteId = useRef('');

  useEffect(() => {
    voteId.current = crypto.randomUUID();
    navigator.sendBeacon?.('/api/views', page);
  }, [page]);

  useEffect(() => {
    if (state === 'thanks') message.current?.focus();
    if (state === 'details') formStart.current?.querySelector('input')?.focus();
  }, [state]);

  async function post(body: Record<string, unknown>) {
    const response = await fetch('/api/feedback', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ page, voteId: voteId.current, elapsedMs: sincePageLoad(), ...body }),
    });
    if (!response.ok) {
      const answer = (await response.json().catch(() => ({}))) as { error?: string };
      throw new Error(answer.error ?? 'Something went wrong.');
    }
  }

  const failed = (e: unknown) => `Your feedback was not sent. ${(e as Error).message} Please try again.`;

  /** Yes and No are both stored on tap; a No then opens the optional reasons. */
  async function vote(helpful: Answer) {
    setError('');
    setPicked(helpful);
    setState('sending');
    try {
      await post({ helpful });
      localStorage.setItem(storageKey(page), helpful);
      setState(helpful === 'no' ? 'details' : 'thanks');
    } catch (e) {
      setError(failed(e));
      setPicked(null);
      setState('ask');
    }
  }

  async function sendDetails(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setError('');
    setState('sending-details');
    try {
      await post({
        step: 'details',
        reasons: data.getAll('reasons'),
        comment: (data.get('comment') as string | null) || undefined,
        website: (data.get('website') as string | null) || undefined,
      });
      setState('thanks');
    } catch (e) {
      setError(failed(e));
      setState('details');
    }
  }

  const heading = (
    <h2 id="feedback-heading" className="text-lg font-bold">
      Is this page helpful?
    </h2>
  );
  const buttonClass = 'rounded border-2 border-brand px-4 py-2 font-semibold';
  const secondary = `${buttonClass} text-brand hover:bg-paper-alt disabled:opacity-60`;
  const primary = `${buttonClass} bg-brand text-paper disabled:opacity-60`;
  const errorLine = error && (
    <p role="alert" className="mt-3 font-semibold text-warning">
      {error}
    </p>
  );
  const thanksText = 'Thank you for your feedback. Editors read every answer.';

  if (!enhanced) {
    return (
      <div>
        {heading}
        <div className="mt-3 flex flex-wrap items-start gap-3">
          {(['yes', 'no'] as const).map((helpful) => (
            <form key={helpful} method="post" action="/api/feedback">
              <input type="hidden" name="page" value={page} />
              <input type="hidden" name="helpful" value={helpful} />
              <Honeypot />
              <button
                type="submit"
                className={secondary}
                aria-label={helpful === 'yes' ? 'Yes, this page is helpful' : 'No, this page is not helpful'}
              >
                {helpful === 'yes' ? 'Yes' : 'No'}
              </button>
            </form>
          ))}
        </div>
        <p id="feedback-thanks" tabIndex={-1} className="mt-3 hidden font-semibold target:block">
          {thanksText}
        </p>
      </div>
    );
  }

  const choice = (helpful: Answer) => (
    <button
      type="button"
      // The answer picked stays pressed (and says so with a tick, not colour alone).
      aria-pressed={picked === helpful}
      aria-label={helpful === 'yes' ? 'Yes, this page is helpful' : 'No, this page is not helpful'}
      className={picked === helpful ? cn(buttonClass, 'bg-brand text-paper') : secondary}
      disabled={picked !== null}
      onClick={() => void vote(helpful)}
    >
      {picked === helpful && <span aria-hidden="true">✓ </span>}
      {helpful === 'yes' ? 'Yes' : 'No'}
    </button>
  );

  return (
    <div>
      {heading}
      <div aria-live="polite">
        {state === 'already' && <p className="mt-3">You have already told us about this page. Thank you.</p>}
      </div>
      {state !== 'already' && (
        <div className="mt-3 flex flex-wrap gap-3">
          {choice('yes')}
          {choice('no')}
        </div>
      )}
      {state === 'ask' && errorLine}
      {state === 'thanks' && (
        <p ref={message} tabIndex={-1} className="mt-3 font-semibold">
          {thanksText}
        </p>
      )}
      {(state === 'details' || state === 'sending-details') && (
        <form onSubmit={sendDetails} className="mt-4 space-y-4" aria-labelledby="feedback-counted">
          <p id="feedback-counted" className="font-semibold">
            Your answer is counted. If you like, tell us what was wrong.
          </p>
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
            <button type="submit" className={primary} disabled={state === 'sending-details'}>
              {state === 'sending-details' ? 'Sending…' : 'Send'}
            </button>
            <button
              type="button"
              className={secondary}
              disabled={state === 'sending-details'}
              onClick={() => setState('thanks')}
            >
              Skip
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
