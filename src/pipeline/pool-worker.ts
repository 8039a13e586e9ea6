// One analysis thread: builds the pipeline once (models load once per thread), then analyzes the
// articles it is sent and answers each with its analysis or the error's message.
import { parentPort, workerData } from 'node:worker_threads';
import type { ToWorker } from './pool.js';
import { buildPipeline } from './runner.js';
import type { PipelineOptions } from './stage.js';
import { DEFAULT_STAGES } from './stages.js';

const port = parentPort;
if (!port) throw new Error('pool-worker runs only as a worker thread');
const pipeline = buildPipeline(DEFAULT_STAGES, workerData as PipelineOptions);

port.on('message', (message: ToWorker) => {
  if (message.kind === 'timings') {
    port.postMessage({ kind: 'timings', timings: [...pipeline.timings] });
    return;
  }
  try {
    // As a JSON string: cloning thousands of small span objects costs more than stringify + parse.
    port.postMessage({ kind: 'done', id: message.id, json: JSON.stringify(pipeline.run(message.article)) });
  } catch (error) {
    port.postMessage({
      kind: 'failed',
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
