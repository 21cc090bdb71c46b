export * from './scheduling';
export * from './events';
