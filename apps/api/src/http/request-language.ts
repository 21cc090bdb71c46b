import type { NextFunction, Request, Response } from 'express';
import { resolveLanguage, runInLanguage } from '@app/core';

/** Serves each request in the language its Accept-Language prefers (zh-CN by default), for the error edge. */
export function requestLanguage(req: Request, _res: Response, next: NextFunction): void {
  runInLanguage(resolveLanguage(req.headers['accept-language']), next);
}
