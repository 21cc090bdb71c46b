import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { NeedView } from '@app/catalog';
import { CooperationMode, Industry, NeedStatus } from '../../graphql/enums';

@ObjectType('Need', {
  description:
    '技术需求 posted by an enterprise. For a confidential need, people outside the enterprise and the alliance get a teaser: only title, industry and keywords, with the owner shown as 某<industry>企业.',
})
export class NeedModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'Null in a teaser (a key people chose would name the owner)' })
  key: string | null;
  @Field() title: string;
  @Field(() => Industry) industry: Industry;
  @Field(() => [String]) keywords: string[];
  @Field(() => NeedStatus) status: NeedStatus;
  @Field({ description: 'True when hidden fields were withheld from you' }) teaser: boolean;
  /** Set for teasers; otherwise the resolver shows the enterprise's name. */
  teaserLabel: string | null;
  @Field() confidential: boolean;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Int, { nullable: true }) minTrl: number | null;
  @Field(() => Float, { nullable: true, description: '万元' }) budgetWan: number | null;
  @Field(() => [CooperationMode], { nullable: true }) cooperationModes: CooperationMode[] | null;
  @Field(() => String, { nullable: true }) deadline: string | null;
  @Field(() => String, { nullable: true, description: 'Visible to the owning enterprise and the alliance' }) contact:
    string | null;
  @Field(() => Int, { nullable: true }) version: number | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
  /** Null in a teaser, so the organization field resolves to null. */
  orgId: string | null;

  static from(view: NeedView, insider: boolean): NeedModel {
    const m = new NeedModel();
    if (view.teaser) {
      const t = view.need;
      return Object.assign(m, {
        id: t.id,
        key: null,
        title: t.title,
        industry: t.industry,
        keywords: t.keywords,
        status: t.status,
        teaser: true,
        teaserLabel: t.ownerLabel,
        confidential: true,
        description: null,
        minTrl: null,
        budgetWan: null,
        cooperationModes: null,
        deadline: null,
        contact: null,
        version: null,
        updatedAt: null,
        orgId: null,
      });
    }
    const n = view.need;
    return Object.assign(m, {
      id: n.id,
      key: n.key,
      title: n.title,
      industry: n.industry,
      keywords: n.keywords,
      status: n.status,
      teaser: false,
      teaserLabel: null,
      confidential: n.confidential,
      description: n.description,
      minTrl: n.minTrl,
      budgetWan: n.budgetWan,
      cooperationModes: n.cooperationModes,
      deadline: n.deadline,
      contact: insider ? n.contact : null,
      version: n.version,
      updatedAt: n.updatedAt,
      orgId: n.orgId,
    });
  }
}
