export * from './scheduling';
