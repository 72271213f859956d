import { TableHead } from '@/components/ui/table-head';
import { TableScroll } from '@/components/ui/table-scroll';
import { credentialsData, getCredentialsByBody } from '@/lib/content/credentials';
import { SourceLink } from './source-link';

/** A table of one body's credentials, from content/data/credentials.json. */
export function Credentials({ body: bodyId }: { body: string }) {
  const { body, credentials } = getCredentialsByBody(bodyId);
  return (
    <TableScroll label={`Credentials from ${body.abbreviation}`}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-base font-bold">
          Credentials from the {body.name} ({body.abbreviation}) <SourceLink source={credentialsData.source} />
        </caption>
        <TableHead columns={[{ label: 'Credential' }, { label: 'Route' }, { label: 'What it takes' }]} />
        <tbody>
          {credentials.map((c) => (
            <tr key={c.id} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-3 font-normal">
                <a href={c.sourceUrl} className="font-bold text-brand underline">
                  {c.name}
                </a>
                {c.letters && <span className="block text-ink-muted">{c.letters}</span>}
              </th>
              <td className="py-2 pr-3">{c.pathway}</td>
              <td className="py-2">
                <ul className="list-disc space-y-1 pl-4">
                  {c.requires.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
