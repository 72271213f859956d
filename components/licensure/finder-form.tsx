import { licensureData, licensureFinderPath, modalities, modalityInfo } from '@/lib/content/licensure';

const fieldClass = 'mt-1 block min-h-11 w-full max-w-xs rounded border border-line bg-paper px-3 py-2 text-ink';

/** A plain GET form: the server sends the reader to the state page, so it works with JavaScript off. */
export function FinderForm() {
  return (
    <form
      method="get"
      action={`${licensureFinderPath}/go`}
      aria-labelledby="finder-form-title"
      className="mt-4 max-w-xl space-y-4 rounded-lg border border-line p-4"
    >
      <h2 id="finder-form-title" className="text-xl font-bold">
        Look up a state
      </h2>
      <div>
        <label htmlFor="finder-state" className="font-bold">
          State
        </label>
        <select id="finder-state" name="state" required defaultValue="" className={fieldClass}>
          <option value="" disabled>
            Choose a state
          </option>
          {licensureData.states.map((s) => (
            <option key={s.code} value={s.code.toLowerCase()}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="finder-specialty" className="font-bold">
          Specialty <span className="font-normal text-ink-muted">(optional)</span>
        </label>
        <select id="finder-specialty" name="specialty" defaultValue="all" className={fieldClass}>
          <option value="all">All specialties</option>
          {modalities.map((m) => (
            <option key={m} value={m}>
              {modalityInfo[m].name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded bg-brand px-4 py-2 font-bold text-paper">
        Show the rules
      </button>
    </form>
  );
}
