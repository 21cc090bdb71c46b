import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

type HelmetOptions = Parameters<typeof helmet>[0];
type Step = readonly ['set', string, string | number | readonly string[]] | readonly ['remove', string];

/**
 * Helmet's headers, worked out once: helmet runs a dozen middlewares per response and rebuilds the CSP string each
 * time, yet for options without per-request functions (no nonces) its answer never changes. Helmet itself is run
 * once against a recorder at start-up, and every response gets exactly what it set and removed.
 */
export function securityHeaders(options: HelmetOptions): RequestHandler {
  const steps = helmetSteps(options);
  return (_req: Request, res: Response, next: NextFunction) => {
    for (const step of steps) {
      if (step[0] === 'set') res.setHeader(step[1], step[2]);
      else res.removeHeader(step[1]);
    }
    next();
  };
}

/** The headers helmet sets on a response (for a fresh response, which has nothing for it to remove). */
export function helmetHeaders(options: HelmetOptions): (readonly [string, string | number | readonly string[]])[] {
  return helmetSteps(options).flatMap((step) => (step[0] === 'set' ? [[step[1], step[2]] as const] : []));
}

/** Runs helmet once against a recorder: what it set and removed, in order. */
function helmetSteps(options: HelmetOptions): Step[] {
  const csp = options?.contentSecurityPolicy;
  const directives = typeof csp === 'object' && csp.directives ? Object.values(csp.directives) : [];
  if (directives.some((d) => typeof d === 'function' || (Array.isArray(d) && d.some((v) => typeof v === 'function'))))
    throw new Error('a CSP directive is worked out per request (a function): its header cannot be precomputed');
  const steps: Step[] = [];
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      steps.push(['set', name, value]);
      return recorder;
    },
    removeHeader(name: string) {
      steps.push(['remove', name]);
    },
  };
  let finished = false;
  helmet(options)({ headers: {} } as Request, recorder as unknown as Response, (error?: unknown) => {
    if (error) throw error instanceof Error ? error : new Error('helmet failed to set its headers');
    finished = true;
  });
  // Helmet's middlewares are synchronous; anything else (a per-request directive) could not be recorded.
  if (!finished) throw new Error('helmet did not finish synchronously: its headers cannot be precomputed');
  return steps;
}
