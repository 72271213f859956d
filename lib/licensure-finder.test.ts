import { describe, expect, it } from 'vitest';
import { getStateRules } from './content/licensure';
import { finderLocation, handleFinderRequest, parseFinderQuery, stateFindingGroups } from './licensure-finder';

const parse = (query: string) => parseFinderQuery(new URLSearchParams(query));

describe('the licensure finder query', () => {
  it('sends a state code to its page in lowercase', () => {
    expect(parse('state=NH')).toEqual({ ok: true, query: { state: 'nh' }, location: '/licensure-finder/nh' });
  });

  it('accepts a lowercase code with stray spaces', () => {
    expect(parse('state=+or+')).toMatchObject({ ok: true, location: '/licensure-finder/or' });
  });

  it('lands on the chosen specialty’s section', () => {
    expect(parse('state=nm&specialty=mri')).toMatchObject({ ok: true, location: '/licensure-finder/nm#mri' });
  });

  it('treats "all" and an empty specialty as no specialty', () => {
    expect(parse('state=tx&specialty=all')).toMatchObject({ ok: true, location: '/licensure-finder/tx' });
    expect(parse('state=tx&specialty=')).toMatchObject({ ok: true, location: '/licensure-finder/tx' });
  });

  it('knows Washington, DC as a state code', () => {
    expect(parse('state=dc')).toMatchObject({ ok: true, location: '/licensure-finder/dc' });
  });

  it('asks for a state when none was sent', () => {
    expect(parse('')).toEqual({ ok: false, problems: ['Choose a state from the list.'] });
    expect(parse('state=')).toEqual({ ok: false, problems: ['Choose a state from the list.'] });
  });

  it('names a code that is not a US state', () => {
    expect(parse('state=zz')).toEqual({
      ok: false,
      problems: ['“zz” is not a US state code. Choose a state from the list.'],
    });
  });

  it('names a specialty the finder does not cover', () => {
    const result = parse('state=nh&specialty=dentistry');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      '“dentistry” is not a specialty we cover. Choose one of: radiography, sonography, mri, nuclear-medicine, radiation-therapy, or all.',
    ]);
  });

  it('reports a bad state and a bad specialty together', () => {
    const result = parse('state=zz&specialty=x');
    expect(!result.ok && result.problems).toHaveLength(2);
  });

  it('builds the address of a state page with and without a section', () => {
    expect(finderLocation({ state: 'nh', specialty: 'radiation-therapy' })).toBe(
      '/licensure-finder/nh#radiation-therapy',
    );
    expect(finderLocation({ state: 'al' })).toBe('/licensure-finder/al');
  });
});

describe('the licensure finder route', () => {
  it('answers a good choice with 303 to the state page and section', () => {
    const response = handleFinderRequest('https://imaging.example/licensure-finder/go?state=NH&specialty=mri');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/licensure-finder/nh#mri');
  });

  it('answers an unknown state with 400 and a readable page that links back', async () => {
    const response = handleFinderRequest('https://imaging.example/licensure-finder/go?state=zz');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('is not a US state code');
    expect(html).toContain('href="/licensure-finder"');
  });

  it('escapes what the reader sent before showing it', async () => {
    const response = handleFinderRequest(
      `https://imaging.example/licensure-finder/go?state=${encodeURIComponent('<script>x</script>')}`,
    );
    const html = await response.text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
  });
});

describe('a state page’s findings', () => {
  const modalitiesOf = (code: string) => stateFindingGroups(getStateRules(code)).map((g) => g.map((r) => r.modality));

  it('puts specialties that share one finding together, once', () => {
    expect(modalitiesOf('TX')).toEqual([['radiography'], ['nuclear-medicine', 'radiation-therapy']]);
  });

  it('keeps specialties with different findings apart', () => {
    expect(modalitiesOf('NM')).toEqual([
      ['radiography'],
      ['sonography'],
      ['mri'],
      ['nuclear-medicine'],
      ['radiation-therapy'],
    ]);
  });

  it('leaves out specialties with only the general picture', () => {
    expect(modalitiesOf('AL')).toEqual([]);
    expect(modalitiesOf('MI')).toEqual([['radiography']]);
  });
});
