import type { MethodInput, MethodName, MethodOutput } from '@shared/contract';
import { isApiError } from '@shared/errors';
import { ApiCallError } from './api-call-error';
import type { Transport } from './transport';

export interface ApiClient {
  /** Resolves with the method's value; rejects with an ApiCallError. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call<M extends MethodName>(method: M, input: MethodInput<M>) {
      const answer = await transport(method, input);
      if (isRecord(answer) && answer.ok === true && 'value' in answer) {
        return answer.value as MethodOutput<M>;
      }
      if (isRecord(answer) && answer.ok === false && isApiError(answer.error)) {
        throw new ApiCallError(method, answer.error);
      }
      throw new ApiCallError(method, {
        code: 'internal',
        message: 'Malformed answer',
        detail: method,
      });
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
