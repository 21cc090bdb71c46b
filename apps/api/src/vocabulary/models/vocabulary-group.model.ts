import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { VocabularyGroupView } from '@app/matching';
import { Industry } from '../../graphql/enums';

export enum VocabularyKind {
  SYNONYM = 'SYNONYM',
  RELATED = 'RELATED',
}
export enum VocabularySource {
  SHIPPED = 'SHIPPED',
  ALLIANCE = 'ALLIANCE',
}
registerEnumType(VocabularyKind, {
  name: 'VocabularyKind',
  description: 'SYNONYM 同义词（近乎等价，权重 0.8）, RELATED 相关词（弱关联，0.4，不发往 Meilisearch）',
});
registerEnumType(VocabularySource, {
  name: 'VocabularySource',
  description: 'SHIPPED 随系统发布的词表文件, ALLIANCE 联盟在运行时添加',
});

@ObjectType('VocabularyGroup', { description: 'A synonym or association group of the search and matching vocabulary' })
export class VocabularyGroupModel {
  @Field(() => ID) id: string;
  @Field(() => [String]) terms: string[];
  @Field(() => VocabularyKind) kind: VocabularyKind;
  @Field(() => Industry, { nullable: true, description: 'null: every industry' }) industry: Industry | null;
  @Field(() => VocabularySource) source: VocabularySource;
  @Field(() => String, { nullable: true, description: 'Shipped groups: file and line, e.g. photovoltaic.txt:42' })
  origin: string | null;
  @Field(() => [String], { nullable: true, description: 'One-way groups: the terms that expand to the others' })
  oneWayFrom: string[] | null;
  @Field({ description: 'False for a shipped group a coordinator disabled' }) enabled: boolean;
  @Field(() => Int, { nullable: true, description: 'Alliance groups: the version an update must name' }) version:
    number | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;

  static from(view: VocabularyGroupView): VocabularyGroupModel {
    return Object.assign(new VocabularyGroupModel(), {
      ...view,
      terms: [...view.terms],
      oneWayFrom: view.oneWayFrom ? [...view.oneWayFrom] : null,
      kind: view.kind as VocabularyKind,
      industry: view.industry as Industry | null,
      source: view.source as VocabularySource,
    });
  }
}

@ObjectType('VocabularyGroupPage')
export class VocabularyGroupPageModel {
  @Field(() => Int) total: number;
  @Field(() => [VocabularyGroupModel]) items: VocabularyGroupModel[];
}
