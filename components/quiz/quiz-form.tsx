import { questions, type Answers } from '@/lib/quiz/questions';
import { QuizLiveForm } from './quiz-live-form';

/** The questions as radio groups, pre-filled with any answers already given. */
export function QuizForm({
  action,
  answers,
  resultId,
  hasResult,
}: {
  action: string;
  answers: Partial<Answers>;
  resultId: string;
  hasResult: boolean;
}) {
  return (
    <QuizLiveForm action={action} resultId={resultId} hasResult={hasResult}>
      <ol className="space-y-5">
        {questions.map((q, i) => (
          <li key={q.id}>
            <fieldset className="rounded-lg border border-line p-4">
              <legend className="px-1 font-bold">
                {i + 1}. {q.text}
              </legend>
              <ul className="mt-2 space-y-2">
                {q.answers.map((a) => (
                  <li key={a.id}>
                    <label className="flex items-start gap-2">
                      <input
                        type="radio"
                        name={q.id}
                        value={a.id}
                        required
                        defaultChecked={answers[q.id] === a.id}
                        className="mt-1 size-4 shrink-0"
                      />
                      <span>{a.label}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="submit" className="mt-5 rounded bg-brand px-4 py-2 font-bold text-paper">
        Show my result
      </button>
    </QuizLiveForm>
  );
}
