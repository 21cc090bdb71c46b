import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching.module';
import { VocabularyRepository } from './vocabulary.repository';
import { VocabularyService } from './vocabulary.service';

/** The alliance's run-time vocabulary. Needs a SearchEngine provider in scope (the api's SearchEngineModule). */
@Module({
  imports: [MatchingModule],
  providers: [VocabularyRepository, VocabularyService],
  exports: [VocabularyService],
})
export class VocabularyModule {}
