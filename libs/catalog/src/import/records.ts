import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  ValidateIf,
} from 'class-validator';
import { CooperationMode, Industry, IpType, IsNotBlank } from '@app/core';

/** The file formats of the alliance's data exchange (shared/data/SCHEMA.md), validated before any write. */
export class OrganizationRecord {
  @IsString() @Matches(/^[A-Za-z0-9_-]{1,64}$/) key: string;
  @IsString() @IsNotBlank() @MaxLength(200) name: string;
  @IsIn(['UNIVERSITY', 'ENTERPRISE', 'ALLIANCE']) kind: 'UNIVERSITY' | 'ENTERPRISE' | 'ALLIANCE';
  @IsString() @MaxLength(100) region: string;
  @IsOptional() @IsString() creditCode?: string;
}

export class IpRecord {
  @IsEnum(IpType) type: IpType;
  @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(64) number: string | null;
}

export class AchievementRecord {
  @IsString() @Matches(/^[A-Za-z0-9_-]{1,64}$/) key: string;
  @IsString() @IsNotBlank() orgKey: string;
  @IsString() @IsNotBlank() @MaxLength(200) title: string;
  @IsString() @IsNotBlank() @MaxLength(5000) summary: string;
  @IsEnum(Industry) industry: Industry;
  @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @IsNotBlank({ each: true }) keywords: string[];
  @IsInt() @Min(1) @Max(9) trl: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => IpRecord) ip: IpRecord[];
  @IsArray() @ArrayMinSize(1) @IsEnum(CooperationMode, { each: true }) cooperationModes: CooperationMode[];
  @ValidateIf((_, v) => v !== null) @IsNumber() @Min(0) @Max(10_000_000) askingPriceWan: number | null;
  @IsString() @MaxLength(200) team: string;
  @IsOptional() @IsString() @MaxLength(500) contact?: string;
  @IsDateString({ strict: true }) publishedAt: string;
  @IsOptional() @IsDateString({ strict: true }) validUntil?: string;
}

export class NeedRecord {
  @IsString() @Matches(/^[A-Za-z0-9_-]{1,64}$/) key: string;
  @IsString() @IsNotBlank() orgKey: string;
  @IsString() @IsNotBlank() @MaxLength(200) title: string;
  @IsString() @IsNotBlank() @MaxLength(5000) description: string;
  @IsEnum(Industry) industry: Industry;
  @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @IsNotBlank({ each: true }) keywords: string[];
  @ValidateIf((_, v) => v !== null) @IsInt() @Min(1) @Max(9) minTrl: number | null;
  @ValidateIf((_, v) => v !== null) @IsNumber() @Min(0) @Max(10_000_000) budgetWan: number | null;
  @IsArray() @ArrayMinSize(1) @IsEnum(CooperationMode, { each: true }) cooperationModes: CooperationMode[];
  @IsDateString({ strict: true }) deadline: string;
  @IsBoolean() confidential: boolean;
  @IsOptional() @IsString() @MaxLength(500) contact?: string;
}
