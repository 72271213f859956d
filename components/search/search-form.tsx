/** A plain search form (no JavaScript needed) for pages that offer search in their body. */
export function SearchForm({
  id,
  name,
  defaultValue,
  placeholder,
}: {
  id: string;
  name: string;
  defaultValue?: string;
  placeholder?: string;
}) {
  return (
    <form method="get" action="/search" role="search" aria-label={name} className="mt-4 flex max-w-xl gap-2">
      <label htmlFor={id} className="sr-only">
        Search the guide
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={placeholder}
        className="min-w-0 flex-1 rounded border border-line bg-paper px-3 py-2"
      />
      <button type="submit" className="rounded bg-brand px-4 py-2 font-bold text-paper">
        Search
      </button>
    </form>
  );
}
