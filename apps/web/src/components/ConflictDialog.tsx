import { Modal, Table } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConflictRow {
  field: string;
  label: string;
  mine: ReactNode;
  theirs: ReactNode;
}

/**
 * Someone saved in between (CONFLICT): both versions side by side; re-applying sends the person's values
 * on top of the newer version.
 */
export function ConflictDialog({
  open,
  rows,
  onReapply,
  onDiscard,
  busy,
}: {
  open: boolean;
  rows: ConflictRow[];
  onReapply: () => void;
  onDiscard: () => void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={t('conflict.title')}
      onOk={onReapply}
      onCancel={onDiscard}
      okText={t('conflict.reapply')}
      cancelText={t('conflict.discard')}
      confirmLoading={busy}
      width={720}
    >
      <p>{t('conflict.explain')}</p>
      {rows.length === 0 ? (
        <p>{t('conflict.noDifference')}</p>
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey="field"
          dataSource={rows}
          scroll={{ x: true }}
          columns={[
            { title: t('conflict.field'), dataIndex: 'label' },
            { title: t('conflict.mine'), dataIndex: 'mine' },
            { title: t('conflict.theirs'), dataIndex: 'theirs' },
          ]}
        />
      )}
    </Modal>
  );
}
