import { CanActivate, createParamDecorator, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor, unauthenticated } from '@app/core';
import type { RequestContext } from './context';

const PUBLIC = 'isPublic';
/** Marks an operation that needs no sign-in (login, refresh, accepting an invitation). */
export const Public = () => SetMetadata(PUBLIC, true);

/**
 * Every GraphQL operation needs a signed-in caller unless marked @Public. Runs on field resolvers
 * too (fieldResolverEnhancers), and services still check rights where the data is.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    ctx.actor();
    return true;
  }
}

/** The signed-in caller; throws UNAUTHENTICATED when there is none. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
  const actor = ctx.actor();
  if (!actor) throw unauthenticated();
  return actor;
});
