'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { feedbackReasons, maxCommentLength, privacyLine } from '@/lib/feedback/reasons';

type State = 'ask' | 'sending' | 'details' | 'sending-details' | 'thanks' | 'already';
type Answer = 'yes' | 'no';

/** Milliseconds since the page loaded: the server ignores votes sent sooner than a person reads. */
const sincePageLoad = () => Math.round(performance.now());

const storageKey = (page: string) => `feedback:v1:${page}`;

/**
 * A page's view waiting to be counted when its widget unmounted, for a moment: React's development
 * mode mounts every effect twice (mount, clean up, mount), and the second mount takes the view over
 * instead of the first one counting it as the reader leaving.
 */
const leaving = new Map<string, ReturnType<typeof setTimeout>>();

const escapeAttribute = (value: string) => value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Form fields no one sees, as markup React does not hydrate (fewer elements to walk, none to fix up):
 * the page's path, when given, and a honeypot that people never fill in; bots that fill every input
 * give themselves away.
 */
function HiddenFields({ page }: { page?: string }) {
  const pageField = page === undefined ? '' : `<input type="hidden" name="page" value="${escapeAttribute(page)}">`;
  const honeypot =
    '<div class="hidden"><label>Leave this field empty <input type="text" name="website" tabindex="-1" autocomplete="off" value=""></label></div>';
  return <div className="contents" dangerouslySetInnerHTML={{ __html: pageField + honeypot }} />;
}

function Reasons() {
  return (
    <fieldset>
      <legend className="font-bold">What was wrong? Tick any that apply.</legend>
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
 * "Is this page helpful?" Yes and No are the two submit buttons of one plain form. Without
 * JavaScript it posts, and the server asks a No for its reasons on a page of its own. With
 * JavaScript, the same form stores the vote on tap (JSON); a No then offers reasons and a comment
 * that update that same vote.
 * The server's markup is what hydration keeps: nothing re-renders until the reader votes, the
 * "voted earlier" check waits until the browser is idle, and the view is counted when the reader
 * leaves the page (issue 13).
 */
export function FeedbackWidget({ page }: { page: string }) {
  const [votedEarlier, setVotedEarlier] = useState(false);
  const [current, setState] = useState<State>('ask');
  const [picked, setPicked] = useState<Answer | null>(null);
  // A vote from an earlier visit means we do not ask again; this visit's vote shows its answer.
  const state: State = votedEarlier && picked === null ? 'already' : current;
  const [error, setError] = useState('');
  const [count, setCount] = useState(0);
  const formStart = useRef<HTMLFieldSetElement>(null);
  const message = useRef<HTMLParagraphElement>(null);
  const voteId = useRef('');
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Marks the form as handled here (tests wait for it), then looks for a vote from an earlier
    // visit once the browser is idle, outside hydration's task.
    root.current?.setAttribute('data-ready', '');
    const whenIdle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = whenIdle(() => {
      try {
        if (localStorage.getItem(storageKey(page)) !== null) setVotedEarlier(true);
      } catch {
        // Storage blocked: ask as if this were the first visit.
      }
    });
    // The view is counted once, when the reader leaves: hides or closes the tab, goes to another
    // site, or opens another page of this one in place (this effect's clean-up). Nothing is sent
    // while the page loads or is read (issue 13: the beacon cost 5–17 ms of main thread just after
    // load, and was the one request after load the reader had not asked for).
    clearTimeout(leaving.get(page));
    leaving.delete(page);
    let counted = false;
    const count = () => {
      if (counted) return;
      counted = true;
      navigator.sendBeacon?.('/api/views', page);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') count();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', count);
    return () => {
      cancel(handle);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', count);
      if (!counted) {
        leaving.set(
          page,
          setTimeout(() => {
            leaving.delete(page);
            count();
          }, 0),
        );
      }
    };
  }, [page]);

  useEffect(() => {
    if (state === 'thanks') message.current?.focus();
    // The reasons open on the tap itself; once the vote is stored, focus moves to them unless the
    // reader is already there.
    const details = formStart.current?.closest('form');
    if (state === 'details' && !details?.contains(document.activeElement))
      formStart.current?.querySelector('input')?.focus();
  }, [state]);

  async function post(body: Record<string, unknown>) {
    const response = await fetch('/api/feedback', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        page,
        voteId: (voteId.current ||= crypto.randomUUID()),
        elapsedMs: sincePageLoad(),
        ...body,
      }),
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
      try {
        localStorage.setItem(storageKey(page), helpful);
      } catch {
        // Storage blocked: the vote is stored on the server all the same.
      }
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
  const buttonClass = 'rounded border-2 border-brand px-4 py-2 font-bold';
  const secondary = `${buttonClass} text-brand hover:bg-paper-alt disabled:opacity-60`;
  const primary = `${buttonClass} bg-brand text-paper disabled:opacity-60`;
  const errorLine = error && (
    <p role="alert" className="mt-3 font-bold text-warning">
      {error}
    </p>
  );
  const thanksText = 'Thank you for your feedback. Editors read every answer.';

  const choice = (helpful: Answer) => (
    <button
      type="submit"
      name="helpful"
      value={helpful}
      // The answer picked stays pressed (and says so with a tick, not colour alone).
      aria-pressed={picked === helpful}
      aria-label={helpful === 'yes' ? 'Yes, this page is helpful' : 'No, this page is not helpful'}
      className={picked === helpful ? `${buttonClass} bg-brand text-paper` : secondary}
      disabled={picked !== null}
    >
      {picked === helpful && <span aria-hidden="true">✓ </span>}
      {helpful === 'yes' ? 'Yes' : 'No'}
    </button>
  );

  return (
    <div ref={root}>
      {heading}
      <div aria-live="polite">
        {state === 'already' && <p className="mt-3">You have already told us about this page. Thank you.</p>}
      </div>
      {state !== 'already' && (
        // Posts without JavaScript (the button tapped sends helpful=yes or no); with it, the tap is
        // stored as JSON and the page stays. (A browser that cannot say which button was tapped posts.)
        <form
          method="post"
          action="/api/feedback"
          className="mt-3 flex flex-wrap items-start gap-3"
          onSubmit={(event) => {
            const helpful = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value');
            if (helpful !== 'yes' && helpful !== 'no') return;
            event.preventDefault();
            void vote(helpful);
          }}
        >
          <HiddenFields page={page} />
          {choice('yes')}
          {choice('no')}
        </form>
      )}
      {state === 'ask' && errorLine}
      {/* Shown once the vote is stored; without JavaScript the plain form's answer links here. */}
      <p
        ref={message}
        id="feedback-thanks"
        tabIndex={-1}
        className={state === 'thanks' ? 'mt-3 font-bold' : 'mt-3 hidden font-bold target:block'}
      >
        {thanksText}
      </p>
      {/* A No opens the reasons on the tap, while the vote is still on its way: opened when the
          server answered, on a slow connection, they pushed the page down half a second or more
          after the tap, a layout shift the reader did not cause (phone-reading.spec.ts). They can
          be sent once the vote is stored. */}
      {(state === 'details' || state === 'sending-details' || (state === 'sending' && picked === 'no')) && (
        <form onSubmit={sendDetails} className="mt-4 space-y-4" aria-labelledby="feedback-counted">
          {/* Both lines take the same place, so the switch moves nothing; the hidden one is not read. */}
          <p id="feedback-counted" className="grid font-bold">
            <span className={`[grid-area:1/1] ${state === 'sending' ? 'invisible' : ''}`}>
              Your answer is counted. If you like, tell us what was wrong.
            </span>
            <span className={`[grid-area:1/1] ${state === 'sending' ? '' : 'invisible'}`}>
              Saving your answer. If you like, tell us what was wrong.
            </span>
          </p>
          <fieldset ref={formStart} className="contents">
            <Reasons />
          </fieldset>
          <label className="block">
            <span className="font-bold">Anything else? (optional)</span>
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
          <HiddenFields />
          {errorLine}
          <div className="flex gap-3">
            <button type="submit" className={primary} disabled={state !== 'details'}>
              {state === 'sending-details' ? 'Sending…' : 'Send'}
            </button>
            <button
              type="button"
              className={secondary}
              disabled={state !== 'details'}
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
