import { getMetadataStorage, ValidationArguments, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

// class-transformer's @Type registry (where `plainToInstance` finds nested classes); the package
// ships its CommonJS build and its typings in separate folders.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as typeof import('class-transformer/types/storage');

/**
 * A fast yes/no check of a JSON payload against a class-validator-decorated class, with the
 * semantics `decodeEvent` gets from `plainToInstance` + `validateSync({ whitelist: true,
 * forbidUnknownValues: true })`, for the valid case only.
 *
 * Why: class-transformer and class-validator look up and group the class's metadata on every
 * call and build an error tree even when nothing is wrong; in the pipeline benchmark that was
 * 23-28% of the correlator's and the notifier's CPU per message. This walks tables built once per
 * class from the same metadata and calls the same constraint instances (`IsString`, `IsUrl`, …:
 * class-validator's own `validate` functions), so the decorators stay the only definition of an
 * event. It answers `true` only when it is sure the payload is valid, and strips unknown
 * properties as the whitelist does; `false` means "invalid or unsure", and the caller then runs
 * class-validator itself, which gives the exact error messages. `compiled-validator.spec.ts`
 * checks that both agree on mutated events.
 */

type Check = (value: unknown, object: object) => boolean;

interface PropertyTable {
  name: string;
  /** IsOptional & co: all must hold for the property to be validated at all. */
  conditions: ((object: object, value: unknown) => boolean)[];
  checks: Check[];
  /** ValidateNested: the class of the nested value(s), from class-transformer's @Type. */
  nested: (() => Function) | null;
  /** `nested()` once, when the @Type function takes no arguments (`() => Article`): it cannot vary per object. */
  nestedClass?: Function;
}

interface ClassTable {
  properties: PropertyTable[];
  known: Set<string>;
}

const tables = new Map<Function, ClassTable | null>();

/**
 * class-validator's own checks of the common built-in constraints, written out: the same tests
 * as `isString`, `isInt`, `maxLength`… in class-validator 0.15 (`node_modules/class-validator/
 * cjs/decorator`), without the constraint object, the arguments object and the call through
 * `validate(value, args)` per value (measured: most of the correlator's decode time was that
 * plumbing, not the tests). `maxLength` answers at once only when the string is short enough
 * by code units (its limit counts a surrogate pair as one character, so that can only be
 * shorter); otherwise class-validator's own `maxLength` decides. Keyed by the constraint's
 * registered name; the agreement test in compiled-validator.spec.ts covers every one.
 */
const BUILT_IN: Record<string, (constraints: unknown[]) => ((value: unknown, slow: (value: unknown) => boolean) => boolean) | null> = {
  isString: () => (v) => typeof v === 'string' || v instanceof String,
  isNotEmpty: () => (v) => v !== '' && v !== null && v !== undefined,
  isArray: () => (v) => Array.isArray(v),
  isBoolean: () => (v) => typeof v === 'boolean' || v instanceof Boolean,
  isInt: () => (v) => typeof v === 'number' && Number.isInteger(v),
  isNumber: ([options]) => {
    const o = (options ?? {}) as { allowInfinity?: boolean; allowNaN?: boolean; maxDecimalPlaces?: number };
    if (o.allowInfinity || o.allowNaN || o.maxDecimalPlaces !== undefined) return null;
    return (v) => typeof v === 'number' && Number.isFinite(v);
  },
  min: ([min]) => (typeof min === 'number' ? (v) => typeof v === 'number' && v >= min : null),
  max: ([max]) => (typeof max === 'number' ? (v) => typeof v === 'number' && v <= max : null),
  maxLength: ([max]) => (typeof max === 'number' ? (v, slow) => typeof v === 'string' && (v.length <= max || slow(v)) : null),
  isIn: ([values]) => (Array.isArray(values) ? ((set) => (v: unknown) => set.has(v))(new Set(values)) : null),
};

function customCheck(meta: ValidationMetadata, targetName: string): Check | null {
  const constraints = getMetadataStorage().getTargetValidatorConstraints(meta.constraintCls);
  if (constraints.some((c) => c.async)) return null;
  const instances = constraints.map((c) => c.instance);
  // One arguments object per check, filled in per call: validators read it, none keeps it.
  const args: ValidationArguments = { targetName, property: meta.propertyName, object: {}, value: undefined, constraints: meta.constraints };
  const slowOne = (value: unknown, object: object): boolean => {
    args.object = object;
    args.value = value;
    for (const instance of instances) if (instance.validate(value, args) !== true) return false;
    return true;
  };
  const builtIn = constraints.length === 1 && meta.name ? BUILT_IN[meta.name]?.(meta.constraints ?? []) ?? null : null;
  const one: (value: unknown, object: object) => boolean = builtIn ? (value, object) => builtIn(value, (v) => slowOne(v, object)) : slowOne;
  return (value, object) => {
    if (meta.validateIf && !meta.validateIf(object, value)) return true;
    if (meta.each && (Array.isArray(value) || value instanceof Set || value instanceof Map)) {
      for (const item of value instanceof Map ? value.values() : value) if (!one(item, object)) return false;
      return true;
    }
    return one(value, object);
  };
}

/** The table of one class, or null when it uses something this check does not mirror. */
function tableOf(cls: Function): ClassTable | null {
  const known = tables.get(cls);
  if (known !== undefined) return known;
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(cls, undefined as unknown as string, false, false, undefined);
  const grouped = storage.groupByPropertyName(metadatas);
  let table: ClassTable | null = { properties: [], known: new Set(Object.keys(grouped)) };
  if (!metadatas.length) table = null;
  for (const [name, metas] of Object.entries(grouped)) {
    if (!table) break;
    const property: PropertyTable = { name, conditions: [], checks: [], nested: null };
    for (const meta of metas) {
      switch (meta.type) {
        case ValidationTypes.CONDITIONAL_VALIDATION:
          property.conditions.push(meta.constraints[0] as (o: object, v: unknown) => boolean);
          break;
        case ValidationTypes.CUSTOM_VALIDATION: {
          const check = customCheck(meta, cls.name);
          if (!check) table = null;
          else property.checks.push(check);
          break;
        }
        case ValidationTypes.NESTED_VALIDATION: {
          const type = defaultMetadataStorage.findTypeMetadata(cls, name);
          if (!type || type.options?.discriminator) table = null;
          else property.nested = type.typeFunction as () => Function;
          break;
        }
        case ValidationTypes.WHITELIST:
          break;
        default:
          // IS_DEFINED, promise validation, conditional groups…: leave those to class-validator.
          table = null;
      }
    }
    table?.properties.push(property);
  }
  tables.set(cls, table);
  return table;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  // Plain means the prototype is null or some realm's Object.prototype (JSON.parse of another
  // vm context, structuredClone): not a class instance, whose prototype has a prototype.
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** One nested value as class-validator sees it after class-transformer: an instance of `cls`. */
function nestedValid(value: unknown, cls: Function): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) {
    for (const item of value) {
      // Arrays of arrays would be transformed differently: not mirrored.
      if (Array.isArray(item)) return false;
      if (!nestedValid(item, cls)) return false;
    }
    return true;
  }
  return isPlainObject(value) && objectValid(value, cls);
}

function objectValid(object: Record<string, unknown>, cls: Function): boolean {
  const table = tableOf(cls);
  if (!table) return false;
  for (const key of Object.keys(object)) {
    // A JSON "__proto__" key is an own property that class-transformer treats specially: unsure.
    if (key === '__proto__') return false;
    if (!table.known.has(key)) delete object[key];
  }
  for (const p of table.properties) {
    const value = object[p.name];
    let validate = true;
    for (const condition of p.conditions) if (!condition(object, value)) validate = false;
    if (!validate) continue;
    for (const check of p.checks) if (!check(value, object)) return false;
    if (p.nested) {
      const cls = p.nestedClass ?? (p.nested.length === 0 ? (p.nestedClass = p.nested()) : p.nested());
      if (!nestedValid(value, cls)) return false;
    }
  }
  return true;
}

/**
 * True when `payload` (parsed JSON) is a valid `cls`; unknown properties are then stripped in
 * place, as class-validator's whitelist would. False when invalid or when this check cannot
 * tell: run class-validator for the answer and its messages.
 */
export function isValidPlain(cls: Function, payload: unknown): boolean {
  if (!isPlainObject(payload)) return false;
  // Stripping happens in the same walk: when the payload then turns out invalid, class-validator
  // gets it without the unknown properties, which it would have stripped first anyway.
  return objectValid(payload, cls);
}
