import { AtAGlance } from '@/components/home/at-a-glance';
import { SpecialtyIllustration } from '@/components/illustrations/specialty-illustration';
import { StaticHtml } from '@/components/mdx/static-html';
import { LinkCards, type CardItem } from '@/components/ui/link-list';
import { getArticlesBySpecialty, getNavTree, specialties, specialtyInfo } from '@/lib/content';
import { homeTools, startActions } from '@/lib/content/tools';
import { absoluteUrl } from '@/lib/site';
import { FeedbackSection } from '@/components/feedback/feedback-section';
import { StaticLink } from '@/components/ui/static-link';

export const metadata = { alternates: { canonical: absoluteUrl('/') } };

function specialtyCards(): CardItem[] {
  return specialties.flatMap((s) => {
    const article = getArticlesBySpecialty(s)[0];
    const info = specialtyInfo[s];
    return article
      ? [
          {
            href: article.url,
            title: info.name,
            text: info.plainName,
            picture: <SpecialtyIllustration specialty={s} size={40} />,
          },
        ]
      : [];
  });
}

export default function HomePage() {
  const topics = getNavTree();
  return (
    <>
      {/* Nothing here is interactive: markup React does not hydrate; its links still navigate in place. */}
      <StaticHtml>
        <h1 className="text-3xl font-bold sm:text-4xl">Careers in medical imaging</h1>
        <p className="mt-2 max-w-2xl text-lg leading-snug">
          Imaging technologists use X-ray, ultrasound, CT and MRI machines to take pictures of the inside of the body.{' '}
          <StaticLink href="/what-imaging-technologists-do" className="text-brand underline">
            What the job involves
          </StaticLink>
        </p>

        <AtAGlance />

        <nav aria-label="Start here" className="mt-4">
          <ul className="grid grid-cols-2 gap-3">
            {startActions.map((action) => (
              <li key={action.href}>
                <StaticLink
                  href={action.href}
                  className="flex min-h-14 items-center justify-center rounded-lg bg-brand px-4 py-3 text-center text-lg font-bold text-paper no-underline hover:bg-brand-strong"
                >
                  {action.label}
                </StaticLink>
              </li>
            ))}
          </ul>
        </nav>

        <section aria-labelledby="tools-heading" className="mt-10">
          <h2 id="tools-heading" className="text-2xl font-bold">
            Tools
          </h2>
          <LinkCards plain className="mt-4 grid gap-3 sm:grid-cols-2" items={homeTools} />
        </section>

        <section aria-labelledby="specialties-heading" className="mt-10">
          <h2 id="specialties-heading" className="text-2xl font-bold">
            Specialties
          </h2>
          <LinkCards plain className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3" items={specialtyCards()} />
        </section>

        <section aria-labelledby="topics-heading" className="mt-10">
          <h2 id="topics-heading" className="text-2xl font-bold">
            Topics
          </h2>
          <LinkCards
            plain
            className="mt-4 grid grid-cols-2 gap-3"
            items={topics.map((t) => ({ href: t.url, title: t.title }))}
          />
          <p className="mt-4">
            <StaticLink href="/topics" className="text-brand underline">
              Every topic and its articles on one page
            </StaticLink>
          </p>
        </section>
      </StaticHtml>
      <FeedbackSection page="/" />
    </>
  );
}
