import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { isValidPlain } from './compiled-validator';
import { InvalidEventError } from './errors';

/** Flattens nested class-validator errors to "path: why" lines. */
export function validationMessages(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => (m.startsWith(e.property) ? `${parent ? parent + '.' : ''}${m}` : `${path}: ${m}`));
    return [...own, ...validationMessages(e.children ?? [], path)];
  });
}

/**
 * Turns an untrusted payload into a validated event, or throws InvalidEventError saying which
 * fields are wrong. Unknown properties are stripped (whitelist). A valid payload is checked by
 * the compiled tables of `compiled-validator.ts` and returned as it is (a plain object with the
 * class's shape, not an instance: no event class has methods); anything else goes through
 * class-transformer + class-validator, which name what is wrong.
 */
export function decodeEvent<T extends object>(cls: ClassConstructor<T>, payload: unknown): T {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new InvalidEventError([`expected a JSON object, got ${payload === null ? 'null' : Array.isArray(payload) ? 'an array' : typeof payload}`]);
  }
  if (isValidPlain(cls, payload)) return payload as T;
  const instance = plainToInstance(cls, payload);
  const errors = validateSync(instance, { whitelist: true, forbidUnknownValues: true });
  if (errors.length) throw new InvalidEventError(validationMessages(errors));
  return instance;
}
