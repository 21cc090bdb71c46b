import { CanActivate, createParamDecorator, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { Actor, unauthenticated } from '@app/core';
import { AuthService } from '@app/identity';
import { bearerToken } from './bearer';
import type { RequestContext } from './context';

const PUBLIC = 'isPublic';
/** Marks an operation or route that needs no sign-in (login, refresh, accepting an invitation, health). */
export const Public = () => SetMetadata(PUBLIC, true);

/** The caller of an HTTP route, set by the guard. */
const httpActors = new WeakMap<Request, Actor>();

/**
 * Every GraphQL operation and every HTTP route needs a signed-in caller unless marked @Public. Runs on field
 * resolvers too (fieldResolverEnhancers), and services still check rights where the data is.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, [context.getHandler(), context.getClass()])) return true;
    if (context.getType<string>() === 'graphql') {
      GqlExecutionContext.create(context).getContext<RequestContext>().actor();
      return true;
    }
    const req = context.switchToHttp().getRequest<Request>();
    httpActors.set(req, await this.auth.verifyAccessToken(bearerToken(req.headers.authorization)));
    return true;
  }
}

/** The signed-in caller, in a resolver or an HTTP route; throws UNAUTHENTICATED when there is none. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<RequestContext>().actor()
      : httpActors.get(context.switchToHttp().getRequest<Request>());
  if (!actor) throw unauthenticated();
  return actor;
});
