import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
} from 'meilisearch';
import { SearchRejectedError } from '../search-engine';
import { classifyWriteError, MeiliTaskError } from './meili-client';

const failedTask = (code: string, type = 'invalid_request') =>
  new MeiliTaskError('upsert into catalog', {
    uid: 7,
    status: 'failed',
    type: 'documentAdditionOrUpdate',
    error: { code, type, message: `${code} happened`, link: '' },
  } as never);
const apiError = (status: number, code: string, type = 'invalid_request') =>
  new MeilisearchApiError(new Response(null, { status }), { message: code, code, type, link: '' } as never);

describe('classifyWriteError: only documents the engine refuses are rejections', () => {
  it.each([
    ['task failed: invalid_document_id', failedTask('invalid_document_id'), true],
    ['task failed: invalid_document_fields', failedTask('invalid_document_fields'), true],
    ['task failed: missing_document_id', failedTask('missing_document_id'), true],
    ['request refused: payload_too_large (413)', apiError(413, 'payload_too_large'), true],
    ['request refused: malformed_payload (400)', apiError(400, 'malformed_payload'), true],
    ['task failed: index_not_found (settings missing, not the documents)', failedTask('index_not_found'), false],
    ['task failed: no_space_left_on_device (system)', failedTask('no_space_left_on_device', 'system'), false],
    ['task failed: internal', failedTask('internal', 'internal'), false],
    ['request refused: invalid_api_key (auth)', apiError(403, 'invalid_api_key', 'auth'), false],
    [
      'connection refused',
      new MeilisearchRequestError('http://127.0.0.1:7700/indexes/catalog/documents', new Error('connect ECONNREFUSED')),
      false,
    ],
    ['request timeout', new MeilisearchRequestTimeOutError(5000, {}), false],
    ['waiting for the task timed out', new MeilisearchTaskTimeOutError(7, 30_000), false],
    ['anything else', new Error('socket hang up'), false],
  ])('%s', (_name, error, rejected) => {
    const out = classifyWriteError(error);
    expect(out instanceof SearchRejectedError).toBe(rejected);
    if (!rejected) expect(out).toBe(error);
  });
});
