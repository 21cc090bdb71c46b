export * from './config/app-config';
export * from './errors/domain-error';
export * from './pagination/cursor';
export * from './domain/values';
export * from './errors/field-problems';
export * from './i18n/language';
export * from './i18n/labels';
