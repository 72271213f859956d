import { describe, expect, it } from 'vitest';
import { answersQuery, parseAnswers } from './parse';
import { handleQuizCheck } from './problem-page';
import { questions } from './questions';

const full =
  'radiation=avoid&contact=long-one-to-one&school=short&physics=ok&schedule=some&physical=either&pay=some&growth=a-lot&first-credential=no';

describe('parseAnswers', () => {
  it('treats a query with no answers as a blank quiz', () => {
    expect(parseAnswers(new URLSearchParams('utm_source=x'))).toEqual({ kind: 'empty' });
  });

  it('accepts one valid answer per question and ignores unknown keys', () => {
    const parsed = parseAnswers(new URLSearchParams(`${full}&extra=1`));
    expect(parsed.kind).toBe('ok');
    if (parsed.kind === 'ok') expect(answersQuery(parsed.answers)).toBe(full);
  });

  it('keeps the valid answers and names each missing or unknown one', () => {
    const parsed = parseAnswers(new URLSearchParams('radiation=avoid&contact=<script>&school=short'));
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind !== 'invalid') return;
    expect(parsed.valid).toEqual({ radiation: 'avoid', school: 'short' });
    expect(parsed.problems).toHaveLength(questions.length - 2);
    expect(parsed.problems.join('\n')).toMatch(/“<script>” is not one of the answers/);
    expect(parsed.problems.join('\n')).toMatch(/Please answer: “How do you feel about physics and math\?”/);
  });
});

describe('handleQuizCheck', () => {
  it('answers 400 with a form that keeps the valid answers and escapes the rest', async () => {
    const response = handleQuizCheck('http://localhost/which-specialty/check?radiation=avoid&contact=%3Cb%3E');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('name="radiation" value="avoid" required checked');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&#60;b&#62;');
  });

  it('sends complete, valid answers on to the result with a 303', () => {
    const response = handleQuizCheck(`http://localhost/which-specialty/check?${full}`);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/which-specialty?${full}`);
  });
});
