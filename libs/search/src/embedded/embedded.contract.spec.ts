import { describeSearchEngineContract } from '../testing';
import { EmbeddedSearchEngine } from './embedded-search-engine';

describeSearchEngineContract('embedded', () => new EmbeddedSearchEngine());
