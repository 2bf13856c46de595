// Type level: the simulator's typed bodies against the SDK's types (tsc -b fails on a mismatch; vitest only runs it).
import { describe, expectTypeOf, it } from 'vitest';
import type { OAuth2Token, Schemas } from '@xdevplatform/xdk';
import type { WireUser } from '../../../main/simulator/x/users-me';
import type { xErrors, xOAuthErrors } from '../../../main/simulator/x/x-errors';
import type { XTokenBody } from '../../../main/simulator/state/x-tokens';
import type { GenericProblem, InvalidRequestEnvelope, TokenError, UsageCappedProblem, UserSuspendedProblem, V1Errors } from '../../fixtures/x-sdk/oracle-types';
import type { CamelKeys, Fits } from '../../fixtures/x-sdk/type-checks';

type Body<F extends (...args: never[]) => { body: unknown }> = ReturnType<F>['body'];

describe('simulator bodies fit the SDK types', () => {
  it('users/me and the token endpoint', () => {
    expectTypeOf<Fits<CamelKeys<WireUser>, Schemas.User>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<XTokenBody, OAuth2Token>>().toEqualTypeOf<true>();
  });

  it('problems', () => {
    expectTypeOf<Fits<CamelKeys<Body<typeof xErrors.unauthorized>>, GenericProblem>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<CamelKeys<Body<typeof xErrors.suspended>>, UserSuspendedProblem>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<CamelKeys<Body<typeof xErrors.usageCapped>>, UsageCappedProblem>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<CamelKeys<Body<typeof xErrors.invalidField>>, InvalidRequestEnvelope>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<CamelKeys<Body<typeof xErrors.locked>>, V1Errors>>().toEqualTypeOf<true>();
  });

  it('token-endpoint errors', () => {
    expectTypeOf<Fits<Body<typeof xOAuthErrors.badRefreshToken>, TokenError>>().toEqualTypeOf<true>();
    expectTypeOf<Fits<Body<typeof xOAuthErrors.badClient>, TokenError>>().toEqualTypeOf<true>();
  });
});
