import type { ReactNode } from 'react';
import type { Specialty } from '@/lib/content';
import { cn } from '@/lib/cn';

// One small line drawing per specialty, drawn for this site. Strokes use currentColor (the brand
// colour of the theme) and fills use the page colour, so each works in light and dark without
// JavaScript, web fonts or a request.
const drawings: Record<Specialty, ReactNode> = {
  // A chest X-ray: the film, the spine and three pairs of ribs.
  radiography: (
    <>
      <rect x="10" y="6" width="44" height="52" rx="4" />
      <path d="M32 12v40" />
      <path d="M30 18c-6 0-12 2-14 6M34 18c6 0 12 2 14 6M30 27c-6 0-12 2-15 6M34 27c6 0 12 2 15 6M30 36c-5 0-11 2-13 6M34 36c5 0 11 2 13 6" />
    </>
  ),
  // An ultrasound probe sending a fan of sound into the body.
  sonography: (
    <>
      <path d="M26 6h12v14a6 6 0 0 1-12 0z" />
      <path d="M32 26 14 52a26 26 0 0 0 36 0z" />
      <path d="M22 42a14 14 0 0 0 20 0M19 47a20 20 0 0 0 26 0" />
    </>
  ),
  // A CT scanner: the ring and the table that slides through it.
  ct: (
    <>
      <circle cx="32" cy="28" r="20" />
      <circle cx="32" cy="28" r="9" />
      <path d="M6 44h52M14 44v10M50 44v10" />
    </>
  ),
  // An MRI scanner: a long magnet with its bore, and the field lines around it.
  mri: (
    <>
      <rect x="14" y="12" width="36" height="32" rx="8" />
      <circle cx="32" cy="28" r="8" />
      <path d="M4 40h56M10 40v14M54 40v14" />
      <path d="M8 16a22 22 0 0 1 4-6M56 16a22 22 0 0 0-4-6" />
    </>
  ),
  // A mammography unit: the column, the two plates and the breast held gently between them.
  mammography: (
    <>
      <path d="M12 6v52M12 18h34M12 42h34" />
      <path d="M20 42c0-8 6-14 14-14h12" />
      <path d="M44 10v4M44 46v4" />
    </>
  ),
  // Nuclear medicine: a syringe of tracer and the glow it gives off inside the body.
  'nuclear-medicine': (
    <>
      <path d="M10 54l6-6M16 48l14-14 6 6-14 14zM30 34l4-4 6 6-4 4M37 27l6 6" />
      <circle cx="46" cy="18" r="5" />
      <path d="M46 6v4M46 26v4M34 18h4M54 18h4M38 10l3 3M51 23l3 3M54 10l-3 3" />
    </>
  ),
  // Radiation therapy: the treatment machine's arm over the table, aiming a narrow beam.
  'radiation-therapy': (
    <>
      <path d="M8 10h30a6 6 0 0 1 6 6v4H20" />
      <path d="M20 20v4h12v-4" />
      <path d="M26 24 22 42M26 24l4 18" />
      <path d="M6 44h52M14 44v10M50 44v10" />
    </>
  ),
  // The heart, with the trace of its beat.
  cardiovascular: (
    <>
      <path d="M32 52 12 32a11 11 0 0 1 20-14 11 11 0 0 1 20 14z" />
      <path d="M4 34h14l4-8 6 16 5-12 3 4h24" />
    </>
  ),
  // A thigh bone under the scanner's arm, which passes over it.
  'bone-densitometry': (
    <>
      <path
        transform="translate(0 8)"
        d="M20 46c-4 0-6-3-5-6 1-2 3-3 5-2l14-18c-1-2 0-5 3-6 3 0 5 2 4 5 3-1 5 1 5 4s-3 4-5 3L27 44c1 2 0 5-3 5-2 0-4-1-4-3z"
      />
      <path d="M6 8h52M18 8v6h28V8" />
      <path d="M22 14v4M32 14v4M42 14v4" />
    </>
  ),
};

/**
 * A specialty's picture as inline SVG in the server markup: no request, no script, and a fixed
 * size so nothing moves when it paints. Decorative (the name beside it says the same thing).
 */
export function SpecialtyIllustration({
  specialty,
  size = 48,
  className,
}: {
  specialty: Specialty;
  size?: number;
  className?: string;
}) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 64 64"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      data-illustration={specialty}
      className={cn('shrink-0 text-brand', className)}
    >
      {drawings[specialty]}
    </svg>
  );
}
