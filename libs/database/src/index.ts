export * from './database';
export * from './data-source';
export * from './mutex';
export * from './audit';
export * from './database.module';
export * from './versioned-update';
export * from './preflight';
