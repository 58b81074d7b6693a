// Worker bootstrap: register tsx in this thread (Node 20 workers do not inherit the parent's loader,
// and `execArgv: ['--import', 'tsx']` is not applied to worker threads), then load the TS worker.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
