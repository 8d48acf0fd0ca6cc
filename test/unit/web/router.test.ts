import { describe, expect, it } from '@jest/globals';
import { href, parseHash } from '../../../web/src/lib/router';

describe('href', () => {
  it('builds hash routes with encoded segments and a query', () => {
    expect(href('programs')).toBe('#/programs');
    expect(href('/scenarios/U2NlbmFyaW86MQ==')).toBe('#/scenarios/U2NlbmFyaW86MQ%3D%3D');
    expect(href('compare', { ids: 'a,b', metric: 'NET_REVENUE' })).toBe('#/compare?ids=a%2Cb&metric=NET_REVENUE');
    expect(href('programs', { search: '', level: undefined })).toBe('#/programs');
  });
});

describe('parseHash', () => {
  it('reads the path and the query', () => {
    const r = parseHash('#/compare?ids=a%2Cb&metric=NET_REVENUE');
    expect(r.path).toEqual(['compare']);
    expect(r.query.get('ids')).toBe('a,b');
    expect(r.query.get('metric')).toBe('NET_REVENUE');
  });

  it('decodes segments and ignores empty ones', () => {
    expect(parseHash('#/scenarios/U2NlbmFyaW86MQ%3D%3D/').path).toEqual(['scenarios', 'U2NlbmFyaW86MQ==']);
    expect(parseHash('').path).toEqual([]);
    expect(parseHash('#').path).toEqual([]);
    expect(parseHash('#/bad/%E0%A4%A').path).toEqual(['bad', '%E0%A4%A']);
  });

  it('round-trips href', () => {
    const r = parseHash(href('programs/RGVncmVlUHJvZ3JhbTo1', { tab: 'a b' }));
    expect(r.path).toEqual(['programs', 'RGVncmVlUHJvZ3JhbTo1']);
    expect(r.query.get('tab')).toBe('a b');
  });
});
