import type { MethodName } from '@shared/contract';

/** Carries one call to main and returns its raw answer, expected to be an Envelope. */
export type Transport = (method: MethodName, input: unknown) => Promise<unknown>;
