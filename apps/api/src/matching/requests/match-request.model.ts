import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import { DeclineReason, MatchDirection, MatchRequestStatus, type MatchRequestView } from '@app/matching';
import { AchievementModel } from '../../catalog/models/achievement.model';
import { NeedModel } from '../../catalog/models/need.model';
import { needModel } from '../../catalog/need.resolver';

/** The stages `advanceMatchRequest` moves to; the other states have their own mutations. */
export enum MatchAdvanceStage {
  MEETING = 'MEETING',
  NEGOTIATING = 'NEGOTIATING',
  SIGNED = 'SIGNED',
  LANDED = 'LANDED',
}

export enum MatchSide {
  SENDER = 'SENDER',
  RECEIVER = 'RECEIVER',
  COORDINATOR = 'COORDINATOR',
}

registerEnumType(MatchRequestStatus, {
  name: 'MatchRequestStatus',
  description:
    'REQUESTED → ACCEPTED | DECLINED | EXPIRED | WITHDRAWN; ACCEPTED → MEETING → NEGOTIATING → SIGNED → LANDED; CLOSED with a reason from any open stage (an unanswered one by coordinators only)',
});
registerEnumType(MatchDirection, {
  name: 'MatchDirection',
  description: 'REQUEST: an enterprise asks a university; PROPOSAL: a university offers an achievement to a need',
});
registerEnumType(DeclineReason, { name: 'DeclineReason', description: 'OTHER needs a note' });
registerEnumType(MatchAdvanceStage, { name: 'MatchAdvanceStage' });
registerEnumType(MatchSide, { name: 'MatchSide', description: 'Your side of the request' });

@ObjectType('PersonContact')
export class PersonContactModel {
  @Field() name: string;
  @Field() email: string;
}

@ObjectType('MatchContacts', { description: 'Both sides’ contact details; shown only once the request was accepted' })
export class MatchContactsModel {
  @Field() achievementContact: string;
  @Field(() => String, { nullable: true }) needContact: string | null;
  @Field(() => PersonContactModel, { nullable: true, description: 'Who sent the request' })
  requester: PersonContactModel | null;
  @Field(() => PersonContactModel, { nullable: true, description: 'Who accepted it' })
  responder: PersonContactModel | null;
}

@ObjectType('MatchRequest', {
  description: '对接请求: an enterprise and a university on the way from interest to a signed contract',
})
export class MatchRequestModel {
  @Field(() => ID) id: string;
  @Field(() => MatchDirection) direction: MatchDirection;
  @Field(() => MatchRequestStatus) status: MatchRequestStatus;
  @Field(() => MatchSide) side: MatchSide;
  @Field() message: string;
  @Field(() => AchievementModel) achievement: AchievementModel;
  @Field(() => NeedModel, {
    nullable: true,
    description: 'Null for a request on behalf of the enterprise; a teaser of a confidential need until accepted',
  })
  need: NeedModel | null;
  @Field(() => DeclineReason, { nullable: true }) declineReason: DeclineReason | null;
  @Field(() => String, { nullable: true }) declineNote: string | null;
  @Field(() => String, { nullable: true }) closeReason: string | null;
  @Field(() => Float, { nullable: true, description: 'Contract amount in 万元, recorded at SIGNED' })
  contractAmountWan: number | null;
  @Field(() => String, { nullable: true, description: '技术合同登记 number, recorded at SIGNED' }) contractNumber:
    string | null;
  @Field(() => MatchContactsModel, { nullable: true, description: 'Null until the request is accepted' })
  contacts: MatchContactsModel | null;
  @Field() createdAt: Date;
  @Field({ description: 'When an unanswered request expires' }) expiresAt: Date;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
  @Field(() => Int, { description: 'Send it back with every move' }) version: number;
  /** Null while the enterprise is anonymous (confidential need before acceptance). */
  enterpriseOrgId: string | null;
  enterpriseLabel: string | null;
  universityOrgId: string;

  static from(v: MatchRequestView, actor: Actor): MatchRequestModel {
    const r = v.request;
    return Object.assign(new MatchRequestModel(), {
      id: r.id,
      direction: r.direction,
      status: r.status,
      side: v.side as MatchSide,
      message: r.message,
      achievement: AchievementModel.from(v.achievement, actor),
      need: v.need ? needModel(actor, v.need) : null,
      declineReason: r.declineReason,
      declineNote: r.declineNote,
      closeReason: r.closeReason,
      contractAmountWan: r.contractAmountWan,
      contractNumber: r.contractNumber,
      contacts: v.contacts,
      createdAt: r.createdAt,
      expiresAt: r.expiresAt,
      answeredAt: r.answeredAt,
      version: r.version,
      enterpriseOrgId: v.enterpriseOrgId,
      enterpriseLabel: v.enterpriseLabel,
      universityOrgId: r.universityOrgId,
    });
  }
}
