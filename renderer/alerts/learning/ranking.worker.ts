/** The ranking worker: trains (or restores) the risk model and ranks the queue by it. */
import { errorMessage } from '../../../shared/package/refusal';
import { getDatabase } from '../../db/database';
import type { RankingRequest, RankingResponse } from './protocol';
import { rankQueue } from './rankQueue';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<RankingRequest>) => {
  const { id } = event.data;
  rankQueue(getDatabase()).then(
    (result) =>
      scope.postMessage({ kind: 'ranked', id, result } satisfies RankingResponse, [
        result.risks.buffer,
      ]),
    (error: unknown) =>
      scope.postMessage({ kind: 'failed', id, message: errorMessage(error) } satisfies RankingResponse),
  );
};
