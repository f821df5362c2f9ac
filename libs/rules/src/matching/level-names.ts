// The contracts barrel runs class-transformer decorators at load time, and they need the Reflect
// metadata polyfill loaded first; this lib must not depend on an app having loaded it.
import 'reflect-metadata';

export { LEVEL_NAMES } from '@sitrep/contracts';
