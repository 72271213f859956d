// The questions of "Which specialty fits me?": plain data, shared by the form, the parser and the scoring.

export const quizPath = '/which-specialty';
/** Answers the form when something is wrong: a real 400 that keeps the valid answers. */
export const quizCheckPath = '/which-specialty/check';

export const questions = [
  {
    id: 'radiation',
    short: 'Ionizing radiation',
    text: 'How do you feel about working with ionizing radiation (X-rays and radioactive material)?',
    answers: [
      { id: 'avoid', label: 'I would rather not work with it' },
      { id: 'fine', label: 'Fine, with the usual protection' },
      { id: 'interested', label: 'I am interested in it, for example in treating cancer' },
    ],
  },
  {
    id: 'contact',
    short: 'Time with patients',
    text: 'What kind of time with patients do you want most?',
    answers: [
      { id: 'long-one-to-one', label: 'Long one-to-one exams' },
      { id: 'quick-exams', label: 'Quick exams with many patients a day' },
      { id: 'treatment-course', label: 'Seeing the same patients again for a planned course of treatments' },
      {
        id: 'very-ill',
        label: 'Caring for very ill patients, for example during cancer treatment or heart procedures',
      },
    ],
  },
  {
    id: 'school',
    short: 'Years of school',
    text: 'How long do you want to be in school before you work in your specialty?',
    answers: [
      { id: 'short', label: 'As short as I can, about two years' },
      { id: 'more-later', label: 'About two years, then more training while I work' },
      { id: 'long', label: 'Four years or more is fine' },
    ],
  },
  {
    id: 'physics',
    short: 'Physics and math',
    text: 'How do you feel about physics and math?',
    answers: [
      { id: 'enjoy', label: 'I enjoy them' },
      { id: 'ok', label: 'I can handle them' },
      { id: 'light', label: 'I would like to keep them light' },
    ],
  },
  {
    id: 'schedule',
    short: 'Working hours',
    text: 'Which working hours suit you?',
    answers: [
      { id: 'regular', label: 'Regular daytime hours matter a lot to me' },
      { id: 'some', label: 'Mostly days, with some evenings or weekends' },
      { id: 'any', label: 'Nights, weekends or being on call are fine' },
    ],
  },
  {
    id: 'physical',
    short: 'Physical side',
    text: 'How physical a job do you want?',
    answers: [
      { id: 'active', label: 'Active: on my feet and helping patients move' },
      { id: 'either', label: 'Either is fine' },
      { id: 'less', label: 'Less physical, please' },
    ],
  },
  {
    id: 'pay',
    short: 'Pay',
    text: 'How much does pay matter to you?',
    answers: [
      { id: 'a-lot', label: 'A lot' },
      { id: 'some', label: 'Some' },
      { id: 'little', label: 'Not much' },
    ],
  },
  {
    id: 'growth',
    short: 'Job growth',
    text: 'How much does job growth (more jobs in the future) matter to you?',
    answers: [
      { id: 'a-lot', label: 'A lot' },
      { id: 'some', label: 'Some' },
      { id: 'little', label: 'Not much' },
    ],
  },
  {
    id: 'first-credential',
    short: 'First credential, then a specialty',
    text: 'Would you earn a first credential (such as X-ray) and add a specialty later?',
    answers: [
      { id: 'yes', label: 'Yes, that is fine' },
      { id: 'unsure', label: 'Not sure' },
      { id: 'no', label: 'No, I want to train for one specialty from the start' },
    ],
  },
] as const;

export type Question = (typeof questions)[number];
export type QuestionId = Question['id'];
export type AnswerId<Q extends QuestionId> = Extract<Question, { id: Q }>['answers'][number]['id'];
/** One answer per question. */
export type Answers = { [Q in QuestionId]: AnswerId<Q> };

export function questionById<Q extends QuestionId>(id: Q): Extract<Question, { id: Q }> {
  return questions.find((q) => q.id === id) as Extract<Question, { id: Q }>;
}

export function answerLabel<Q extends QuestionId>(id: Q, answer: AnswerId<Q>): string {
  return questionById(id).answers.find((a) => a.id === answer)?.label ?? answer;
}
