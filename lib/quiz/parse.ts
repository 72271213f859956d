import { z } from 'zod';
import { questions, type Answers } from './questions';

// One zod field per question, built from the same list the form renders.
const shape: Record<string, z.ZodType<string>> = Object.fromEntries(
  questions.map((q) => [
    q.id,
    z.enum(q.answers.map((a) => a.id) as [string, ...string[]], {
      error: (issue) =>
        issue.input === undefined
          ? `Please answer: “${q.text}”`
          : `“${String(issue.input).slice(0, 40)}” is not one of the answers to “${q.text}”`,
    }),
  ]),
);

/** The quiz's query string; unknown keys are ignored. Each field is one question's closed set of answers. */
export const answersSchema = z.object(shape).transform((value) => value as Answers);

export type ParsedAnswers =
  | { kind: 'empty' }
  | { kind: 'ok'; answers: Answers }
  | { kind: 'invalid'; valid: Partial<Answers>; problems: string[] };

/** Reads answers from a query string: none given, all valid, or what was valid plus what was wrong. */
export function parseAnswers(params: URLSearchParams): ParsedAnswers {
  const raw: Record<string, string> = {};
  for (const q of questions) {
    const value = params.get(q.id);
    if (value !== null) raw[q.id] = value;
  }
  if (Object.keys(raw).length === 0) return { kind: 'empty' };
  const result = answersSchema.safeParse(raw);
  if (result.success) return { kind: 'ok', answers: result.data };
  const valid: Record<string, string> = {};
  for (const q of questions) {
    const value = raw[q.id];
    if (value !== undefined && q.answers.some((a) => a.id === value)) valid[q.id] = value;
  }
  return {
    kind: 'invalid',
    valid: valid as Partial<Answers>,
    problems: result.error.issues.map((i) => i.message),
  };
}

/** "radiation=avoid&contact=…": the answers in question order, for a shareable URL. */
export function answersQuery(answers: Partial<Answers>): string {
  const params = new URLSearchParams();
  for (const q of questions) {
    const value = answers[q.id];
    if (value !== undefined) params.set(q.id, value);
  }
  return params.toString();
}

/** Next.js searchParams (string | string[] | undefined) as URLSearchParams; the first value wins. */
export function toSearchParams(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  return params;
}
