// Plain data, no zod: the widget imports this, and the client bundle must stay small.

/** Why a page did not help: career-specific, so editors know what to fix. */
export const feedbackReasons = [
  { id: 'figures-wrong-or-old', label: 'The figures look wrong or out of date' },
  { id: 'state-not-covered', label: 'My state is not covered' },
  { id: 'hard-to-understand', label: 'It is hard to understand' },
  { id: 'missing-specialty-or-step', label: 'A specialty or a step is missing' },
  { id: 'broken-link', label: 'A link is broken' },
  { id: 'other', label: 'Something else' },
] as const;
export type FeedbackReason = (typeof feedbackReasons)[number]['id'];

export const maxCommentLength = 1000;
