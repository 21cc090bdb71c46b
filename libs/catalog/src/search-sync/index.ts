export * from './catalog-projection';
export * from './change-log.repository';
export * from './outbox.repository';
export * from './search-documents';
export * from './search-index.service';
export * from './search-sync.relay';
export * from './catalog-search.service';
