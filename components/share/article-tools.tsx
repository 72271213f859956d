import { StaticHtml } from '@/components/mdx/static-html';

const button = 'min-h-11 rounded border border-line px-3 py-1 font-bold text-brand hover:bg-paper-alt';

/**
 * Print, copy link and share: server markup shown only where scripting is on, since each needs it
 * (laid out from the first paint, so the article does not move when the script wires them; a
 * hidden row shown by the script shifted it, CLS 0.018). components/share/share-enhancer.tsx wires
 * them and shows Share where the browser can share. No third-party scripts.
 */
export function ArticleTools({ url, title }: { url: string; title: string }) {
  return (
    <StaticHtml>
      <div
        className="no-print mt-4 mb-6 hidden min-h-11 flex-wrap items-center gap-2 scripting:flex"
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
          data-share-native=""
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
