import { questions, quizPath, type Answers } from './questions';
import { answersQuery, parseAnswers } from './parse';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A small page in words: what was wrong, and the form again with every valid answer still ticked. */
export function problemPage(problems: string[], valid: Partial<Answers>): string {
  const items = problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('');
  const fieldsets = questions
    .map((q, i) => {
      const options = q.answers
        .map(
          (a) =>
            `<li><label><input type="radio" name="${q.id}" value="${a.id}" required${
              valid[q.id] === a.id ? ' checked' : ''
            }> ${escapeHtml(a.label)}</label></li>`,
        )
        .join('');
      return `<li><fieldset><legend>${i + 1}. ${escapeHtml(q.text)}</legend><ul>${options}</ul></fieldset></li>`;
    })
    .join('');
  const style =
    'body{font:1rem/1.5 system-ui,sans-serif;max-width:42rem;margin:1rem auto;padding:0 1rem;color:#1a1a1a}' +
    'ul{list-style:none;padding-left:0}fieldset{margin:0 0 1rem;border:1px solid #767676;border-radius:.5rem}' +
    'legend{font-weight:700}a{color:#0b5394}button{font:inherit;font-weight:700;padding:.5rem 1rem}' +
    '.problems{list-style:disc;padding-left:1.5rem}';
  return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Some answers are missing or not valid</title><style>${style}</style></head><body><main><h1>Some answers are missing or not valid</h1><p>We kept the answers we could use. Please check these:</p><ul class="problems">${items}</ul><form method="get" action="${quizPath}"><ol style="padding-left:0;list-style:none">${fieldsets}</ol><button type="submit">Show my result</button></form><p><a href="${quizPath}">Start the quiz again</a></p></main></body></html>`;
}

/** The quiz's problem handler: 303 to the result when the answers are fine, or 400 with the form. */
export function handleQuizCheck(url: string): Response {
  const parsed = parseAnswers(new URL(url).searchParams);
  if (parsed.kind === 'ok') {
    return new Response(null, {
      status: 303,
      headers: { Location: `${quizPath}?${answersQuery(parsed.answers)}`, 'Cache-Control': 'no-store' },
    });
  }
  const problems = parsed.kind === 'empty' ? questions.map((q) => `Please answer: “${q.text}”`) : parsed.problems;
  const valid = parsed.kind === 'empty' ? {} : parsed.valid;
  return new Response(problemPage(problems, valid), {
    status: 400,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
