import { useQuery } from '@apollo/client/react';
import { Empty, InputNumber, Pagination, Select, Space, Spin } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { TrlSelect } from '../../../components/TrlSelect';
import type { SearchSort } from '../../../gql/graphql';
import { SEARCH } from '../graphql/search';
import { PAGE_SIZE, toSearchInput, useSearchState } from '../hooks/useSearchParamsState';
import { FacetGroup } from './FacetGroup';
import { SearchHitCard } from './SearchHitCard';

// Chinese arrives in whole words from the input method, so a short pause means the person stopped typing.
const DEBOUNCE_MS = 150;

/** One box over achievements and needs: highlights, facets, sort and pages, all in the address. */
export default function SearchPage() {
  const { t } = useTranslation();
  const inputId = useId();
  const { state, update } = useSearchState();
  const [text, setText] = useState(state.q);
  // The words this box last put in the address: when the address catches up with them, the person may have typed on
  // meanwhile, so the box follows the address only when it changes from elsewhere (back button, a link).
  const pushed = useRef(state.q);
  const search = (q: string) => {
    pushed.current = q;
    update({ q });
  };
  useEffect(() => {
    if (state.q === pushed.current) return;
    pushed.current = state.q;
    setText(state.q);
  }, [state.q]);
  useEffect(() => {
    if (text === state.q) return;
    const timer = setTimeout(() => {
      pushed.current = text;
      update({ q: text });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, state.q, update]);
  const { data, previousData, loading, error } = useQuery(SEARCH, {
    variables: { input: toSearchInput(state) },
    fetchPolicy: 'cache-first',
  });
  const result = (data ?? previousData)?.search;
  const facet = (name: string) => result?.facets.find((f) => f.name === name)?.values ?? [];

  return (
    <>
      <PageHeader title={t('search.title')} />
      <form role="search" onSubmit={(e) => (e.preventDefault(), search(text))} style={{ marginBottom: 16 }}>
        <label htmlFor={inputId} style={{ display: 'block', marginBottom: 4, fontWeight: 500 }}>
          {t('search.label')}
        </label>
        <input
          id={inputId}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('search.placeholder')}
          className="ant-input ant-input-lg ant-input-outlined"
          style={{ width: '100%', boxSizing: 'border-box' }}
          autoComplete="off"
          data-testid="search-input"
        />
        <div style={{ color: '#595959', fontSize: 12, marginTop: 4 }}>{t('search.help')}</div>
      </form>
      <div className="search-layout">
        <aside aria-label={t('search.filters')}>
          <FacetGroup
            title={t('search.facet.KIND')}
            group="listingKind"
            values={facet('KIND')}
            selected={state.kinds}
            onChange={(kinds) => update({ kinds })}
          />
          <FacetGroup
            title={t('search.facet.INDUSTRY')}
            group="industry"
            values={facet('INDUSTRY')}
            selected={state.industries}
            onChange={(industries) => update({ industries })}
          />
          <FacetGroup
            title={t('search.facet.COOPERATION_MODES')}
            group="cooperationMode"
            values={facet('COOPERATION_MODES')}
            selected={state.modes}
            onChange={(modes) => update({ modes })}
          />
          <FacetGroup
            title={t('search.facet.ORGANIZATION_KIND')}
            group="orgKind"
            values={facet('ORGANIZATION_KIND')}
            selected={state.orgKinds}
            onChange={(orgKinds) => update({ orgKinds })}
          />
          <FacetGroup
            title={t('search.facet.REGION')}
            values={facet('REGION')}
            selected={state.regions}
            onChange={(regions) => update({ regions })}
          />
          <div style={{ marginBottom: 16 }}>
            <div id={`${inputId}-trl`} style={{ fontWeight: 500, marginBottom: 4 }}>
              {t('search.trlMin')}
            </div>
            <TrlSelect
              aria-label={t('search.trlMin')}
              allowClear
              value={state.trlMin ?? null}
              onChange={(v) => update({ trlMin: v ?? undefined })}
            />
          </div>
          <div style={{ marginBottom: 16 }}>
            <label htmlFor={`${inputId}-price`} style={{ display: 'block', fontWeight: 500, marginBottom: 4 }}>
              {t('search.maxPrice')}
            </label>
            <InputNumber
              id={`${inputId}-price`}
              min={0}
              value={state.maxPrice ?? null}
              onChange={(v) => update({ maxPrice: v ?? undefined })}
              addonAfter={t('common.wanUnit')}
              style={{ width: '100%' }}
            />
            <div style={{ color: '#595959', fontSize: 12 }}>{t('search.maxPriceHelp')}</div>
          </div>
        </aside>
        <section aria-label={t('search.results')} aria-busy={loading}>
          <Space wrap style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }}>
            <span aria-live="polite" data-testid="search-total">
              {result ? t('search.total', { count: result.totalCount }) : null} {loading ? <Spin size="small" /> : null}
            </span>
            <Select<SearchSort>
              aria-label={t('search.sort')}
              value={state.sort}
              onChange={(sort) => update({ sort })}
              style={{ width: 160 }}
              options={(['RELEVANCE', 'NEWEST', 'PRICE', 'TRL'] as const).map((s) => ({
                value: s,
                label: t(`enums.sort.${s}`),
              }))}
            />
          </Space>
          <ErrorAlert error={error} />
          {result && result.hits.length === 0 ? <Empty description={t('search.empty')} /> : null}
          {/* data-query: the words the listed results answer (absent while older results stand in); bench:web waits on it. */}
          <ol
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            data-testid="search-results"
            data-query={data ? state.q : undefined}
          >
            {result?.hits.map((hit) => (
              <li key={`${hit.kind}-${hit.key}`} style={{ marginBottom: 12 }}>
                <SearchHitCard hit={hit} />
              </li>
            ))}
          </ol>
          {result && result.totalCount > PAGE_SIZE ? (
            <Pagination
              current={state.page}
              pageSize={PAGE_SIZE}
              total={result.totalCount}
              showSizeChanger={false}
              onChange={(page) => update({ page })}
              style={{ marginTop: 12 }}
            />
          ) : null}
        </section>
      </div>
    </>
  );
}
