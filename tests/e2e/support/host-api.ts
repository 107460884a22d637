import type { MethodInput, MethodName, MethodOutput } from '@shared/contract';
import type { Envelope } from '@shared/errors';
import type { RunningHost } from './host';

/** Calls the host's HTTP API as the page does, to arrange data without clicking. */
export async function callHost<M extends MethodName>(
  host: RunningHost,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const response = await fetch(new URL(`/api/${method}`, host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as Envelope<MethodOutput<M>>;
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value;
}
