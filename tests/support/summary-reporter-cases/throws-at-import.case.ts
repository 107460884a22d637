import { it } from 'vitest';

throw new Error('this file cannot even start');

it('is never collected', () => undefined);
