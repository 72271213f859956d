'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from 'react';

/**
 * The quiz form. Without JavaScript it is a plain GET form. With JavaScript the result updates in
 * place: the answers go into the address (router.replace, which uses history.replaceState) and the
 * server renders the new ranking, so the address stays shareable.
 */
export function QuizLiveForm({
  action,
  resultId,
  hasResult,
  children,
}: {
  action: string;
  /** The result heading's id: it receives focus after "Show my result". */
  resultId: string;
  /** When a result is on the page, each change updates it; before that, only the button does. */
  hasResult: boolean;
  children: ReactNode;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState('');
  const focusAfter = useRef(false);

  useEffect(() => {
    if (pending || !focusAfter.current) return;
    focusAfter.current = false;
    document.getElementById(resultId)?.focus();
  }, [pending, resultId]);

  function update(form: HTMLFormElement, focus: boolean) {
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string') query.set(key, value);
    focusAfter.current = focus;
    startTransition(() => router.replace(`${action}?${query.toString()}`, { scroll: false }));
    setMessage(focus ? 'Your result is ready.' : 'Your result has been updated.');
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update(event.currentTarget, true);
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    if (hasResult && form.checkValidity()) update(form, false);
  }

  return (
    <form action={action} method="get" onSubmit={onSubmit} onChange={onChange} aria-busy={pending}>
      {children}
      <p role="status" className="mt-3 text-sm text-ink-muted">
        {message}
      </p>
    </form>
  );
}
