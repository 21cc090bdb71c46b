export { type ContractOptions, describeSearchEngineContract } from './search-engine.contract';
export { HOSTILE_REGION, SECRET_WORD, aListing, contractListings } from './contract-fixtures';
