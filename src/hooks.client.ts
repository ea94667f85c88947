import { config } from 'zod/mini';

// Zod compiles fast object parsers with `new Function` when it may. The Content-Security-Policy has
// no 'unsafe-eval', so the probe would only log a CSP violation on every start: parse without it.
config({ jitless: true });
