/**
 * Generated manifest sets for tests outside the simulator (which may import only its front door
 * and test support): well-formed scenarios, wrong-typed fields, mutated scenarios and garbage.
 */
export { anyInputs } from '../plan-properties/garbage-inputs.ts';
