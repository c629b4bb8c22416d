import { z } from 'zod';

// Must be the first import of main.tsx: zod decides per schema, when the schema
// is built, whether to compile a fast path with `new Function`. Our CSP forbids
// eval, and even the caught probe is reported as a CSP violation.
z.config({ jitless: true });
