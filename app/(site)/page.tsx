import { LinkCards } from '@/components/ui/link-list';
import { getArticlesBySpecialty, getNavTree, specialties, specialtyInfo, topicUrl } from '@/lib/content';
import { tools } from '@/lib/content/tools';
import { absoluteUrl } from '@/lib/site';
import { FeedbackSection } from '@/components/feedback/feedback-section';
import { StaticHtml } from '@/components/mdx/static-html';

export const metadata = { alternates: { canonical: absoluteUrl('/') } };

export default function HomePage() {
  const topics = getNavTree();
  // Everything above the feedback box is static markup React does not hydrate (issue 13); its plain
  // links prefetch on intent and open in place (components/layout/link-intent.tsx).
  return (
    <>
      <StaticHtml>
        <h1 className="text-3xl font-bold sm:text-4xl">Careers in medical imaging</h1>
        <div className="mt-4 max-w-2xl space-y-3 text-lg leading-relaxed">
          <p>
            Medical imaging technologists use machines such as X-ray, ultrasound, CT and MRI scanners to take pictures
            of the inside of the body.
          </p>
          <p>They get patients ready, position them, run the exam and check that every image is clear.</p>
          <p>A doctor called a radiologist then reads the images to find out what is wrong and plan care.</p>
        </div>
        <p className="mt-4">
          <a href="/what-imaging-technologists-do" className="font-semibold text-brand underline">
            Read more about what the job involves
          </a>
        </p>

        <section aria-labelledby="tools-heading" className="mt-12">
          <h2 id="tools-heading" className="text-2xl font-bold">
            Compare and plan
          </h2>
          <LinkCards className="mt-4 grid gap-4 sm:grid-cols-2" items={tools} />
        </section>

        <section aria-labelledby="topics-heading" className="mt-12">
          <h2 id="topics-heading" className="text-2xl font-bold">
            Topics
          </h2>
          <LinkCards
            className="mt-4 grid gap-4 sm:grid-cols-2"
            items={topics.map((t) => ({ href: t.url, title: t.title, text: t.summary }))}
          />
          <p className="mt-4">
            <a href="/topics" className="text-brand underline">
              Every topic and its articles on one page
            </a>
          </p>
        </section>

        <section aria-labelledby="specialties-heading" className="mt-12">
          <h2 id="specialties-heading" className="text-2xl font-bold">
            Specialties
          </h2>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {specialties.map((s) => {
              const article = getArticlesBySpecialty(s)[0];
              const info = specialtyInfo[s];
              return (
                <li key={s} className="rounded-lg border border-line p-4">
                  {article ? (
                    <a href={article.url} className="font-semibold text-brand underline">
                      {info.name}
                    </a>
                  ) : (
                    <span className="font-semibold">{info.name}</span>
                  )}
                  <p className="text-sm text-ink-muted">{info.plainName}</p>
                </li>
              );
            })}
          </ul>
          <p className="mt-4">
            <a href={topicUrl('specialties')} className="text-brand underline">
              See every specialty guide
            </a>
          </p>
        </section>
      </StaticHtml>
      <FeedbackSection page="/" />
    </>
  );
}
