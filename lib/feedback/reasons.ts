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

/** Shown beside every comment box (the widget and the plain follow-up form). */
export const privacyLine =
  'Do not include personal information such as your name, email or phone number. We cannot reply.';
