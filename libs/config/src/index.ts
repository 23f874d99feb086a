export * from './app-config';
export * from './config.module';
export * from './log-levels';
export type { Derived, ValueOf, Variable } from './variable';
export { VARIABLES, type VariableName } from './variables';
