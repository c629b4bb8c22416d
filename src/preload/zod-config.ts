import { z } from 'zod';

// Imported first by index.ts (ES imports run in order): zod probes `new Function`
// when a schema is built, and the renderer's CSP forbids eval. The probe is
// caught, but Chromium still reports a CSP violation for it.
z.config({ jitless: true });
