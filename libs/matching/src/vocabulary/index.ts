export { VocabularyModule } from './vocabulary.module';
export {
  MAX_VOCABULARY_PAGE,
  type VocabularyFilter,
  type VocabularyGroupView,
  VocabularyService,
  type VocabularySource,
} from './vocabulary.service';
export type { GroupInput } from './group-input';
