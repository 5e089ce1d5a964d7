import { describe, expect, it } from 'vitest';
import { tagSchema } from '@gc/contracts';
import { toFieldErrors } from './validate.ts';

describe('toFieldErrors', () => {
  it('keeps the English message and adds the key and params', () => {
    const error = tagSchema.safeParse({ key: 'x'.repeat(129) }).error;
    expect(error && toFieldErrors(error)).toEqual([
      {
        path: 'key',
        message: 'must be at most 128 characters',
        key: 'maxChars',
        params: { n: 128 },
      },
    ]);
  });
});
