import { StaticHtml } from '@/components/mdx/static-html';

const button = 'rounded border border-line px-3 py-1 text-sm font-semibold text-brand hover:bg-paper-alt';

/**
 * Print, copy link and share: server markup hidden until JavaScript runs, since each needs it;
 * components/share/share-enhancer.tsx shows and wires them. No third-party scripts.
 */
export function ArticleTools({ url, title }: { url: string; title: string }) {
  return (
    <StaticHtml>
      <div
        className="no-print mt-4 flex flex-wrap items-center gap-2"
        hidden
        data-share-enhanced=""
        data-share-group=""
      >
        <button type="button" className={button} data-share-action="print">
          Print this page
        </button>
        <button type="button" className={button} data-share-action="copy-link" data-url={url}>
          Copy link
        </button>
        <button
          type="button"
          className={button}
          hidden
          data-share-enhanced="native"
          data-share-action="share"
          data-url={url}
          data-title={title}
        >
          Share…
        </button>
        <span role="status" className="text-sm text-ink-muted" />
      </div>
    </StaticHtml>
  );
}
