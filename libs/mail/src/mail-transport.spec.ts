import { classifySendError, redactTokens } from './mail-transport';

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

describe('redactTokens', () => {
  it('hides the token parameter of every link and keeps the rest', () => {
    expect(redactTokens('设置：https://w.cn/invite?token=abc-DEF_1\nhttps://w.cn/x?a=1&token=zz&b=2')).toBe(
      '设置：https://w.cn/invite?token=[redacted]\nhttps://w.cn/x?a=1&token=[redacted]&b=2',
    );
  });
});
