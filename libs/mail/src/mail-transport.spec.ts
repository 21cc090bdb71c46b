import { classifySendError } from './mail-transport';

describe('classifySendError', () => {
  it.each([
    [{ responseCode: 550, code: 'EENVELOPE' }, 'PERMANENT'],
    [{ responseCode: 554, code: 'EMESSAGE' }, 'PERMANENT'],
    [{ responseCode: 451, code: 'EMESSAGE' }, 'TEMPORARY'],
    [{ responseCode: 421, code: 'EPROTOCOL' }, 'TEMPORARY'],
    [{ code: 'ECONNECTION' }, 'TEMPORARY'],
    [{ code: 'ETIMEDOUT' }, 'TEMPORARY'],
  ])('%j is %s', (error, expected) => {
    expect(classifySendError(error)).toBe(expected);
  });
});
