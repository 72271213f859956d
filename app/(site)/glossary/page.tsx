import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { glossary } from '@/lib/content/glossary';
import { absoluteUrl } from '@/lib/site';
import { FeedbackSection } from '@/components/feedback/feedback-section';

const description = 'Plain definitions of the words used in this guide, from ALARA to transducer.';

export const metadata: Metadata = {
  title: 'Glossary',
  description,
  alternates: { canonical: absoluteUrl('/glossary') },
  openGraph: { title: 'Glossary', description, url: absoluteUrl('/glossary') },
};

export default function GlossaryPage() {
  return (
    <>
      <PageHeader
        crumbs={[
          { label: 'Home', href: '/' },
          { label: 'Glossary', href: '/glossary' },
        ]}
        title="Glossary"
      >
        {description}
      </PageHeader>
      <dl className="mt-8 max-w-3xl divide-y divide-line">
        {glossary.map((t) => (
          <div key={t.id} className="py-4">
            <dt id={t.id} className="scroll-mt-4 text-lg font-semibold">
              <a href={`#${t.id}`} className="text-ink no-underline hover:underline">
                {t.term}
              </a>
            </dt>
            <dd className="mt-1 leading-relaxed">{t.definition}</dd>
          </div>
        ))}
      </dl>
      <FeedbackSection page="/glossary" />
    </>
  );
}
