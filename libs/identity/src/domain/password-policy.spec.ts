import { passwordDictionariesLoaded, passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  // Runs first: the module is fresh in this file, and the dictionaries load on the first real strength check only.
  it('loads the strength dictionaries on first use, not at import or for a length problem', () => {
    expect(passwordDictionariesLoaded()).toBe(false);
    expect(passwordProblem('short')).not.toBeNull();
    expect(passwordDictionariesLoaded()).toBe(false);
    expect(passwordProblem('password123')).not.toBeNull();
    expect(passwordDictionariesLoaded()).toBe(true);
  });

  it.each([
    ['too short', 'Ab1!xyz', [], /至少需要 10 个字符/],
    ['common password', 'password123', [], /太容易被猜到/],
    ['keyboard row', 'qwertyuiop', [], /太容易被猜到/],
    ['digits', '1234567890', [], /太容易被猜到/],
    ['common with decoration', 'Password1!', [], /太容易被猜到/],
    ['built from the e-mail', 'wanglei2026!', ['wanglei@zju.edu.cn'], /太容易被猜到/],
    ['the alliance name', 'xiushui2026', [], /太容易被猜到/],
  ])('refuses %s', (_, password, inputs, message) => {
    expect(passwordProblem(password, inputs)?.['zh-CN']).toMatch(message);
    expect(passwordProblem(password, inputs)?.en).toMatch(/password/i);
  });

  it.each(['correct horse battery', 'Zj7#kq2-Lm9x', '光伏组件隐裂检测很难', 'a-good-password'])(
    'accepts %s',
    (password) => {
      expect(passwordProblem(password, ['someone@test.cn'])).toBeNull();
    },
  );
});
