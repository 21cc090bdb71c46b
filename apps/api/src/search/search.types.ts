import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { AchievementModel } from '../catalog/models/achievement.model';
import { NeedModel } from '../catalog/models/need.model';
import { CooperationMode, Industry, OrganizationKind } from '../graphql/enums';
import { PageInfo } from '../graphql/pagination';

export enum ListingKind {
  ACHIEVEMENT = 'ACHIEVEMENT',
  NEED = 'NEED',
}
export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  TRL = 'TRL',
  PRICE = 'PRICE',
}
export enum SearchFacet {
  INDUSTRY = 'industry',
  KIND = 'kind',
  COOPERATION_MODES = 'cooperationModes',
  TRL = 'trl',
  REGION = 'region',
  STATUS = 'status',
  ORGANIZATION_KIND = 'orgKind',
}
registerEnumType(ListingKind, { name: 'ListingKind' });
registerEnumType(SearchSort, { name: 'SearchSort', description: 'PRICE: ascending, 面议 last' });
registerEnumType(SearchFacet, { name: 'SearchFacet' });

@InputType()
export class SearchInput {
  @Field({
    nullable: true,
    description:
      'Chinese, abbreviations, English, pinyin (guangfu boli / gfbl), traditional characters, or a pasted description',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  query?: string;
  @Field(() => [ListingKind], { nullable: true, description: 'Both kinds by default' })
  @IsOptional()
  @IsArray()
  @IsEnum(ListingKind, { each: true })
  types?: ListingKind[];
  @Field(() => [Industry], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Industry, { each: true })
  industries?: Industry[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(9) trlMin?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(9) trlMax?: number;
  @Field(() => [CooperationMode], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(CooperationMode, { each: true })
  cooperationModes?: CooperationMode[];
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  organizations?: string[];
  @Field(() => Float, { nullable: true, description: '万元; 面议 listings are kept' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Type(() => Number)
  maxPriceWan?: number;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  regions?: string[];
  @Field(() => [OrganizationKind], {
    nullable: true,
    description: 'Kinds of the owning organisation; never matches a confidential need',
  })
  @IsOptional()
  @IsArray()
  @IsEnum(OrganizationKind, { each: true })
  organizationKinds?: OrganizationKind[];
  @Field(() => [String], {
    nullable: true,
    description: 'Coordinators only; others always search published/open listings',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  statuses?: string[];
  @Field(() => SearchSort, { defaultValue: SearchSort.RELEVANCE }) @IsEnum(SearchSort) sort: SearchSort =
    SearchSort.RELEVANCE;
  @Field(() => Int, { defaultValue: 10, description: 'At most 50' }) @IsInt() @Min(1) @Max(50) first: number = 10;
  @Field({ nullable: true, description: 'endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  after?: string;
  @Field(() => Int, { nullable: true, description: '1-based page number, instead of after' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  page?: number;
  @Field(() => [SearchFacet], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(SearchFacet, { each: true })
  facets?: SearchFacet[];
}

@ObjectType()
export class SearchHitModel {
  @Field(() => ListingKind) kind: ListingKind;
  @Field(() => String, { nullable: true, description: 'Null for a teaser' }) key: string | null;
  @Field(() => Float, { description: 'Relevance 0..1' }) score: number;
  @Field(() => String, { nullable: true, description: 'HTML-escaped, <em> around matches' }) titleHighlight:
    string | null;
  @Field(() => String, { nullable: true }) summaryHighlight: string | null;
  @Field(() => AchievementModel, { nullable: true }) achievement: AchievementModel | null;
  @Field(() => NeedModel, { nullable: true, description: 'A teaser for confidential needs of other enterprises' })
  need: NeedModel | null;
}

@ObjectType()
export class FacetValue {
  @Field() value: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class FacetCounts {
  @Field(() => SearchFacet) name: SearchFacet;
  @Field(() => [FacetValue]) values: FacetValue[];
}

@ObjectType()
export class SearchResult {
  @Field(() => Int) totalCount: number;
  @Field(() => [SearchHitModel]) hits: SearchHitModel[];
  @Field(() => [FacetCounts]) facets: FacetCounts[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}
