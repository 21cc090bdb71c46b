/** @app/search/testing — the engine contract suite (built on Jest's describe), its catalog and a Meilisearch peer. Never imported by the server. */
export { describeSearchEngineContract } from './search-engine.contract';
export { MeiliPeer, type PeerRequest } from './meili-peer';
export { type ContractOptions, HOSTILE_REGION, SECRET_WORD, aListing, contractListings } from './contract-fixtures';
