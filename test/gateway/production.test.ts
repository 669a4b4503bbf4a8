import { formatGatewayError, fieldOfCoercionError } from '../../gateway/errors.ts';
import { measureOperation } from '../../gateway/limits.ts';
import { parse } from 'graphql';
import { contract, contractOperations } from '../harness/contract.ts';
import { codes } from '../harness/client.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';

describe('production mode (NODE_ENV=production)', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => platform.stop());

  it('turns introspection off', async () => {
    const result = await platform.send('{ __schema { types { name } } }');
    expect(codes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('still serves the contract', async () => {
    const result = await platform.send(contract('Me'));
    expect(result).toMatchObject({ status: 200, data: { me: null } });
  });
});

describe('error masking', () => {
  const internal = { message: 'relation "users.account" does not exist at /srv/app/db.ts:12', extensions: { code: 'SOMETHING_ELSE', stacktrace: ['at x'] } };

  it('hides the detail of an unexpected error in production', () => {
    expect(formatGatewayError(internal, true)).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps the message but never the stack outside production', () => {
    expect(formatGatewayError(internal, false)).toEqual({ message: internal.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('passes a contract error with its field', () => {
    const error = { message: 'This handle is taken', extensions: { code: 'CONFLICT', field: 'handle', serviceName: 'users' } };
    expect(formatGatewayError(error, true)).toEqual({ message: 'This handle is taken', extensions: { code: 'CONFLICT', field: 'handle' } });
  });

  it('names the field of a variable that does not fit its type', () => {
    expect(fieldOfCoercionError('Variable "$input" got invalid value "x" at "input.goal.amount"; Int cannot represent non-integer value: "x"')).toBe('goal.amount');
    expect(fieldOfCoercionError('Variable "$input" got invalid value { email: "a" }; Field "password" of required type "String!" was not provided.')).toBe('password');
    expect(fieldOfCoercionError('Variable "$role" got invalid value "OWNER"; Value "OWNER" does not exist in "Role" enum.')).toBe('role');
  });
});

describe('operation limits', () => {
  it('measures depth through fragments', () => {
    const document = parse('query { a { b { ...F } } } fragment F on B { c { d { e } } }');
    expect(measureOperation(document)).toEqual({ depth: 5, aliases: 0, fields: 5 });
  });

  it('leaves room for every contract document', () => {
    for (const op of contractOperations().values()) {
      const m = measureOperation(op.document, op.name);
      expect(m.depth).toBeLessThanOrEqual(10);
      expect(m.aliases).toBe(0);
    }
  });
});
