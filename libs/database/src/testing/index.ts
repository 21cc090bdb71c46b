// Test and benchmark helpers: imported as @app/database/testing, never through the library's production index.
export { emptyPostgres } from './empty-postgres';
