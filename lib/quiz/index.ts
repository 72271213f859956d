import { occupations } from '../content/occupations';
import { specialtiesData } from '../content/specialties';
import type { Answers } from './questions';
import { rankSpecialties, type RankedSpecialty } from './score';

export { quizPath, quizCheckPath, questions, type Answers } from './questions';
export { parseAnswers, answersQuery, toSearchParams } from './parse';

/** The ranking for one set of answers, from the data files as checked in. */
export function getQuizResult(answers: Answers): RankedSpecialty[] {
  return rankSpecialties(answers, specialtiesData, occupations);
}
