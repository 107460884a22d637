import { FIELD_LIMITS } from '@shared/field-limits';

/**
 * An imported signature block as the release's issuer (`release.issuer`), its lines kept:
 * "Joint Press Centre of the exercise\n(Republic of Belarus, Brest)".
 */
export function issuerFromSignature(lines: readonly string[]): string {
  return lines.join('\n').slice(0, FIELD_LIMITS.issuer);
}
