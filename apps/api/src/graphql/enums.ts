import { registerEnumType } from '@nestjs/graphql';
import { AchievementStatus, CooperationMode, Industry, IpType, NeedStatus, OrganizationKind, Role } from '@app/core';

registerEnumType(Industry, {
  name: 'Industry',
  description: '光伏新能源, 储能, 高端装备, 光电信息, 汽车零配件, 数字经济, 生命健康, 新材料',
});
registerEnumType(CooperationMode, {
  name: 'CooperationMode',
  description: '技术转让, 技术许可, 合作开发, 作价入股, 技术服务',
});
registerEnumType(IpType, { name: 'IpType' });
registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(Role, { name: 'Role' });
registerEnumType(AchievementStatus, { name: 'AchievementStatus' });
registerEnumType(NeedStatus, { name: 'NeedStatus' });

export { AchievementStatus, CooperationMode, Industry, IpType, NeedStatus, OrganizationKind, Role };
