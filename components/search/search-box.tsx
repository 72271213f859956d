'use client';

import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Hit } from '@/lib/search/engine';

type Runner = (query: string) => Hit[];

/**
 * The header search. Without JavaScript it is a plain GET form to /search. With JavaScript,
 * the search code and index load on first focus (nothing on page load) and results appear as
 * you type: arrows move, Enter opens, Escape closes, and the count is announced.
 */
export function SearchBox() {
  const id = useId();
  const listId = `${id}-results`;
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [failed, setFailed] = useState(false);
  const runner = useRef<Promise<Runner> | null>(null);
  // The latest typed value, so a slow first load does not show results for an older query.
  const inputValue = useRef('');

  function load(): Promise<Runner> {
    runner.current ??= import('@/lib/search/client').then((m) => m.loadSearch());
    return runner.current;
  }

  function update(value: string) {
    setQuery(value);
    setActive(-1);
    if (!value.trim()) {
      setHits([]);
      setOpen(false);
      return;
    }
    load()
      .then((run) => {
        if (value !== inputValue.current) return;
        setHits(run(value));
        setOpen(true);
      })
      .catch(() => setFailed(true));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? hits.length - 1 : i - 1));
    } else if (event.key === 'Enter' && open && active >= 0 && hits[active]) {
      event.preventDefault();
      window.location.assign(hits[active].url);
    } else if (event.key === 'Escape' && open) {
      // Escape closes the list and keeps what was typed.
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const expanded = open && hits.length > 0;
  return (
    <form method="get" action="/search" role="search" aria-label="Site" className="relative flex w-full gap-2 md:w-72">
      <label htmlFor={`${id}-q`} className="sr-only">
        Search the guide
      </label>
      <input
        id={`${id}-q`}
        name="q"
        // A combobox must be a text input (HTML's rules for ARIA do not allow it on type="search");
        // inputMode and enterKeyHint still give phones their search keyboard.
        type="text"
        inputMode="search"
        enterKeyHint="search"
        placeholder="Search, e.g. ultrasound tech"
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        value={query}
        onFocus={() => void load().catch(() => setFailed(true))}
        onChange={(e) => {
          inputValue.current = e.target.value;
          update(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        className="min-h-11 min-w-0 flex-1 rounded border border-line bg-paper px-3 py-1.5"
      />
      <button type="submit" className="min-h-11 rounded border border-brand px-3 py-1.5 font-bold text-brand">
        Search
      </button>
      <ul
        id={listId}
        role="listbox"
        aria-label="Search suggestions"
        hidden={!expanded}
        className="absolute left-0 right-0 top-full z-50 mt-1 max-h-96 overflow-y-auto rounded border border-line bg-paper shadow-lg"
      >
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              window.location.assign(hit.url);
            }}
            className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-paper-alt' : ''}`}
          >
            <span className="block font-bold text-brand">{hit.title}</span>
            {hit.heading && <span className="block text-sm text-ink-muted">{hit.heading}</span>}
          </li>
        ))}
      </ul>
      <p role="status" className="sr-only">
        {failed ? 'Search as you type is not available; press Search.' : query && open ? `${hits.length} results` : ''}
      </p>
    </form>
  );
}
