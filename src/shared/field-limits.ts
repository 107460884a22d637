/**
 * How long each text field of a release may be. The domain schema refuses anything longer, and
 * the editor's inputs take their maxLength and counters from the same numbers, so a field
 * shows its limit before a save could be refused.
 */
export const FIELD_LIMITS = {
  title: 1000,
  lead: 10_000,
  datelinePlace: 200,
  issuer: 500,
  boilerplate: 20_000,
  contactName: 200,
  contactRole: 200,
  contactPhone: 100,
  contactEmail: 200,
} as const;
export type LimitedField = keyof typeof FIELD_LIMITS;
