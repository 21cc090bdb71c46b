import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readableError, setFieldErrors } from './errors';

/** A listing as the save flow needs it: the server's id and the version an update must name. */
export interface Versioned {
  id: string;
  version?: number | null;
}

export interface SaveOperations<V, R extends Versioned> {
  create(values: V): Promise<R>;
  update(values: V, base: R): Promise<R>;
  /** The step after saving when the person asked to publish (or open); null when there is nothing to do. */
  publish(saved: R): Promise<R> | null;
  /** The newest version on the server, read after a CONFLICT. */
  reload(id: string): Promise<R | null>;
}

export interface Conflict<V, R> {
  mine: V;
  theirs: R;
}

/**
 * Create or update a versioned listing, optionally publishing after. Field errors from the server land next to their
 * field; a CONFLICT loads the newer version so the person can compare and re-apply theirs.
 */
export function useVersionedSave<V, R extends Versioned>(
  form: FormInstance<V>,
  existing: R | null,
  ops: SaveOperations<V, R>,
) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict<V, R> | null>(null);

  const save = async (values: V, andPublish: boolean, base: R | null = existing): Promise<R | null> => {
    setBusy(true);
    setError(null);
    try {
      let saved = base ? await ops.update(values, base) : await ops.create(values);
      if (andPublish) saved = (await ops.publish(saved)) ?? saved;
      setConflict(null);
      return saved;
    } catch (e) {
      const readable = readableError(e, t);
      if (readable.code === 'CONFLICT' && base) {
        const latest = await ops.reload(base.id);
        if (latest) setConflict({ mine: values, theirs: latest });
      } else {
        setFieldErrors(form, readable.fields);
        setError(readable.message);
      }
      return null;
    } finally {
      setBusy(false);
    }
  };

  return { save, busy, error, conflict, setConflict };
}
