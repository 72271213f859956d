import Link from 'next/link';

// Shown only where a page calls notFound() for a value it does not know. Every dynamic route lists
// its pages (dynamicParams = false), so an unknown address never gets here: it gets
// app/global-not-found.tsx, the full page. This one stays small because the flight data of every
// page carries it (issue 13: it used to carry the whole 404 page, twice, 29 KB on an article).
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold">We could not find that page</h1>
      <p className="mt-4">
        Try the{' '}
        <Link prefetch={false} href="/topics" className="text-brand underline">
          list of all topics and articles
        </Link>
        .
      </p>
    </main>
  );
}
