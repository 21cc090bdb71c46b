import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Actor, isAlliance } from '@app/core';
import { AchievementEntity, isPubliclyListed } from '@app/catalog';
import { AchievementStatus, CooperationMode, Industry, IpType } from '../../graphql/enums';

@ObjectType('IpItem')
export class IpItemModel {
  @Field(() => IpType) type: IpType;
  @Field(() => String, { nullable: true, description: 'Patent or registration number' }) number: string | null;
}

@ObjectType('Achievement', { description: '科技成果 posted by a university or institute' })
export class AchievementModel {
  @Field(() => ID) id: string;
  @Field() key: string;
  @Field() title: string;
  @Field() summary: string;
  @Field(() => Industry) industry: Industry;
  @Field(() => [String]) keywords: string[];
  @Field(() => Int) trl: number;
  @Field(() => [IpItemModel]) ip: IpItemModel[];
  @Field(() => [CooperationMode]) cooperationModes: CooperationMode[];
  @Field(() => Float, { nullable: true, description: '万元; null means 面议 (negotiable)' }) askingPriceWan:
    number | null;
  @Field() team: string;
  @Field(() => String, { nullable: true, description: 'Visible to the owning university and the alliance' }) contact:
    string | null;
  @Field(() => AchievementStatus) status: AchievementStatus;
  @Field(() => String, { nullable: true }) publishedAt: string | null;
  @Field(() => String, { nullable: true }) validUntil: string | null;
  @Field({ description: 'Published and not expired' }) listed: boolean;
  @Field(() => Int) version: number;
  @Field() updatedAt: Date;
  orgId: string;

  static from(e: AchievementEntity, actor: Actor): AchievementModel {
    const insider = isAlliance(actor) || actor.orgId === e.orgId;
    return Object.assign(new AchievementModel(), {
      id: e.id,
      key: e.key,
      title: e.title,
      summary: e.summary,
      industry: e.industry,
      keywords: e.keywords,
      trl: e.trl,
      ip: e.ip,
      cooperationModes: e.cooperationModes,
      askingPriceWan: e.askingPriceWan,
      team: e.team,
      contact: insider ? e.contact : null,
      status: e.status,
      publishedAt: e.publishedAt,
      validUntil: e.validUntil,
      listed: isPubliclyListed(e),
      version: e.version,
      updatedAt: e.updatedAt,
      orgId: e.orgId,
    });
  }
}
