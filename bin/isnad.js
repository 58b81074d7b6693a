#!/usr/bin/env node
// The CLI is written in TypeScript; tsx compiles it on load (Node 20 cannot strip types itself).
import { register } from 'tsx/esm/api';
register();
await import('../src/cli/main.ts');
