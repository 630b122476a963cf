/**
 * A failure to load, said in the widget's language (`loadMessage`, `Messages.states.load`). From a mutation pass: the
 * timeout's unit switches at 1,000 ms, and seconds are rounded, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { loadMessage, messages } from './messages.js';

const en = messages('en');
const zh = messages('zh');
const url = 'https://example.org/d.json';

describe('the timeout message', () => {
  it('under 1,000 ms in ms; from 1,000 ms in whole seconds, rounded (1,000 → 1 s; 1,500 → 2 s; 2,499 → 2 s)', () => {
    expect(loadMessage(en, ['timeout', url, 999])).toBe(`Loading ${url} took longer than 999 ms, so it was stopped.`);
    expect(loadMessage(en, ['timeout', url, 1000])).toBe(`Loading ${url} took longer than 1 s, so it was stopped.`);
    expect(loadMessage(en, ['timeout', url, 1500])).toBe(`Loading ${url} took longer than 2 s, so it was stopped.`);
    expect(loadMessage(zh, ['timeout', url, 999])).toBe(`加载 ${url} 超过999毫秒，已停止。`);
    expect(loadMessage(zh, ['timeout', url, 1000])).toBe(`加载 ${url} 超过1秒，已停止。`);
    // 1.5 s rounds up, as the English does: a floor said "1秒" beside "2 s".
    expect(loadMessage(zh, ['timeout', url, 1500])).toBe(`加载 ${url} 超过2秒，已停止。`);
    expect(loadMessage(zh, ['timeout', url, 2499])).toBe(`加载 ${url} 超过2秒，已停止。`);
  });

  it('an HTTP failure keeps the status as given in English, its number alone in Chinese; an unknown kind (another version\'s provider) says nothing', () => {
    expect(loadMessage(en, ['http', url, '404 Not Found'])).toBe(`Could not load ${url}: the server answered 404 Not Found.`);
    // The status text is the server's English ("404 Not Found" read as English in a Chinese sentence): left out.
    expect(loadMessage(zh, ['http', url, '404 Not Found'])).toBe(`无法加载 ${url}：服务器返回 404。`);
    expect(loadMessage(zh, ['http', url, '503 Service Unavailable'])).toBe(`无法加载 ${url}：服务器返回 503。`);
    expect(loadMessage(zh, ['http', url, '500'])).toBe(`无法加载 ${url}：服务器返回 500。`);
    expect(loadMessage(en, ['gone' as 'none', url])).toBeUndefined();
  });
});
