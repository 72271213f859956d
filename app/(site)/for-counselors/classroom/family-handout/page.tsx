import { FeedbackSection } from '@/components/feedback/feedback-section';
import type { Metadata } from 'next';
import Link from 'next/link';
import { DateLine, SheetHeader } from '@/components/classroom/sheet';
import { QrCode } from '@/components/share/qr-code';
import { classroomPaths, comparePath } from '@/lib/content/classroom';
import { getFigure, getOccupation } from '@/lib/content';
import { occupationEditions } from '@/lib/content/occupations';
import { absoluteUrl, shortUrl, titleMetadata } from '@/lib/site';

const title = 'Family handout';
const description =
  'One page for families: what imaging technologists do, how long school takes, what the jobs pay, and where to read more.';
const path = classroomPaths.familyHandout;

export const metadata: Metadata = {
  title: titleMetadata(`${title}: imaging careers classroom kit`),
  description,
  alternates: { canonical: absoluteUrl(path) },
  openGraph: { title, description, url: absoluteUrl(path) },
};

/** The occupations a family is most likely to ask about, in the order of the specialties. */
const shown = [
  'radiologic-technologists',
  'diagnostic-medical-sonographers',
  'mri-technologists',
  'nuclear-medicine-technologists',
  'radiation-therapists',
  'cardiovascular-technologists',
];

const readMore = [
  { href: '/what-imaging-technologists-do', label: 'What imaging technologists do' },
  { href: '/how-long-is-school', label: 'How long is school?' },
  { href: '/paying-for-school', label: 'Paying for school' },
  { href: comparePath, label: 'Compare the specialties' },
];

export default function FamilyHandoutPage() {
  const editions = occupationEditions(shown.map((id) => getOccupation(id)));
  const sources = [...new Map(shown.map((id) => getOccupation(id).source).map((s) => [s.url, s])).values()];
  return (
    <article className="max-w-3xl">
      <SheetHeader title={title} path={path}>
        Imaging technologists: a one-page guide for families.
      </SheetHeader>

      <section aria-labelledby="the-job" className="mt-4">
        <h2 id="the-job" className="text-xl font-bold">
          What the job is
        </h2>
        <p className="mt-1">
          Imaging technologists make the pictures of the inside of the body that doctors use to find and treat illness:
          X-rays, ultrasound (done by sonographers, often called ultrasound techs), CT, MRI and more. Radiation
          therapists give radiation treatments for cancer. They get patients ready, position them, run the equipment and
          check that each image is good enough to use. A radiologist is a different job: a physician who reads the
          images. X-ray, CT and nuclear medicine use ionizing radiation; ultrasound and MRI do not. Staff who work with
          ionizing radiation follow safety rules to limit their dose.
        </p>
      </section>

      <section aria-labelledby="school-and-pay" className="mt-4">
        <h2 id="school-and-pay" className="text-xl font-bold">
          How long school takes, and what the jobs pay
        </h2>
        <p className="mt-1">
          Most people start with an accredited program and a national credential. The table gives the usual education to
          start and the median pay: half of workers earned more, half less. Pay is national; local pay differs.
        </p>
        <table className="mt-2 w-full border-collapse text-left text-sm">
          <caption className="sr-only">Typical education to enter and median pay, by occupation</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-line p-1">
                Occupation
              </th>
              <th scope="col" className="border-b border-line p-1">
                Typical education to enter
              </th>
              <th scope="col" className="border-b border-line p-1">
                Median pay
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((id) => {
              const o = getOccupation(id);
              return (
                <tr key={id}>
                  <th scope="row" className="border-b border-line p-1 font-bold">
                    {o.name}
                  </th>
                  <td className="border-b border-line p-1">
                    {o.figures.entryEducation ? getFigure(id, 'entryEducation').display : 'Not published'}
                  </td>
                  <td className="border-b border-line p-1">
                    {o.figures.medianPay
                      ? `${getFigure(id, 'medianPay').display} (${getFigure(id, 'medianPay').period})`
                      : 'Not published'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="mt-1 text-sm">
          {sources.length === 1 ? 'Source' : 'Sources'}:{' '}
          {editions.map((e) => `${e.publisher}, Occupational Outlook Handbook, ${e.edition}`).join('; ')}:{' '}
          {sources.map((s, i) => (
            <span key={s.url}>
              {i > 0 && ', '}
              <a href={s.url} className="underline">
                {s.title.replace(/^Occupational Outlook Handbook: /, '')}
              </a>
            </span>
          ))}
          . How long school takes depends on the route and on the classes you already have; some specialties, such as CT
          and mammography, are added after a first credential. See{' '}
          <Link prefetch={false} href="/how-long-is-school" className="underline">
            how long school takes
          </Link>{' '}
          for each route.
        </p>
      </section>

      <section aria-labelledby="read-more" className="mt-4 flex gap-4">
        <QrCode url={absoluteUrl(comparePath)} className="size-24" />
        <div>
          <h2 id="read-more" className="text-xl font-bold">
            Where to read more
          </h2>
          <p className="mt-1">Scan the code to compare every specialty, or type one of these addresses:</p>
          <ul className="mt-1 space-y-0.5 text-sm">
            {readMore.map((r) => (
              <li key={r.href}>
                <Link prefetch={false} href={r.href} className="underline">
                  {r.label}
                </Link>
                : <span className="break-all">{shortUrl(r.href)}</span>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <DateLine path={path} />
      <FeedbackSection page={classroomPaths.familyHandout} />
    </article>
  );
}
