import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEmail, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';

@InputType()
export class RegisterEnterpriseInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) orgName: string;
  @Field({ description: '统一社会信用代码 (18 characters, GB 32100-2015 check character)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(18)
  creditCode: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(100) region: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(100) contactName: string;
  @Field() @IsEmail() @MaxLength(200) contactEmail: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^[0-9+\- ]{5,30}$/) contactPhone?: string | null;
}

@InputType()
export class DecideRegistrationInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType()
export class RejectRegistrationInput extends DecideRegistrationInput {
  @Field({ description: 'Why, in words the applicant reads (e-mailed)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}
