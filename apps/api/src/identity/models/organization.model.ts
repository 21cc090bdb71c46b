import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganizationEntity } from '@app/identity';
import { OrganizationKind } from '../../graphql/enums';

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'External reference used by imports' }) key: string | null;
  @Field() name: string;
  @Field(() => OrganizationKind) kind: OrganizationKind;
  @Field() region: string;
  @Field(() => String, { nullable: true, description: '统一社会信用代码 (enterprises)' }) creditCode: string | null;
  @Field(() => Int) version: number;

  static from(e: OrganizationEntity): OrganizationModel {
    return Object.assign(new OrganizationModel(), {
      id: e.id,
      key: e.key,
      name: e.name,
      kind: e.kind,
      region: e.region,
      creditCode: e.creditCode,
      version: e.version,
    });
  }
}
