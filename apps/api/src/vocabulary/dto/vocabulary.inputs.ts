import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_GROUP_TERMS, MAX_TERM_LENGTH } from '@app/text-analysis';
import { Industry } from '../../graphql/enums';
import { VocabularyKind, VocabularySource } from '../models/vocabulary-group.model';

/** Shape and size only; trimming, emptiness, the minimum of two and duplicates are the service's (cleanGroupInput). */
@InputType()
export class VocabularyGroupInput {
  @Field(() => [String], {
    description: `2–${MAX_GROUP_TERMS} terms, each at most ${MAX_TERM_LENGTH} characters, no duplicates`,
  })
  @IsArray()
  @ArrayMaxSize(MAX_GROUP_TERMS)
  @IsString({ each: true })
  @MaxLength(MAX_TERM_LENGTH, { each: true })
  terms: string[];

  @Field(() => VocabularyKind) @IsEnum(VocabularyKind) kind: VocabularyKind;

  @Field(() => Industry, { nullable: true, description: 'Leave out for every industry' })
  @IsOptional()
  @IsEnum(Industry)
  industry?: Industry | null;
}

@InputType()
export class VocabularyFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of a term (traditional, full-width and case are ignored)' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TERM_LENGTH)
  text?: string | null;

  @Field(() => VocabularySource, { nullable: true })
  @IsOptional()
  @IsEnum(VocabularySource)
  source?: VocabularySource | null;
  @Field(() => VocabularyKind, { nullable: true }) @IsOptional() @IsEnum(VocabularyKind) kind?: VocabularyKind | null;
  @Field(() => Industry, { nullable: true }) @IsOptional() @IsEnum(Industry) industry?: Industry | null;
}
