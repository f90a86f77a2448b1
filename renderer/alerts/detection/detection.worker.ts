/** The detection worker: runs local detection over one dataset and stores the alerts. */
import { errorMessage } from '../../../shared/package/refusal';
import { getDatabase } from '../../db/database';
import { StaleGenerationError } from './detectionStore';
import type { DetectionWorkerMessage, DetectionWorkerRequest } from './protocol';
import { runLocalDetection } from './runDetection';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: DetectionWorkerMessage) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<DetectionWorkerRequest>) => {
  let lastPost = 0;
  runLocalDetection(getDatabase(), event.data, (progress) => {
    // Reading reports every batch; a few messages a second are enough for the page.
    const at = Date.now();
    if (progress.stage === 'reading' && at - lastPost < 200) return;
    lastPost = at;
    post({ kind: 'progress', progress });
  }).then(
    (summary) => post({ kind: 'done', summary }),
    (error: unknown) =>
      post({
        kind: 'failed',
        message: errorMessage(error),
        stale: error instanceof StaleGenerationError,
      }),
  );
};
