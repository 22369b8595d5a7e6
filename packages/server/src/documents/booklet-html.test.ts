import { describe, expect, it } from 'vitest';
import { renderBookletHtml } from './booklet-html.js';
import { sampleMunicipality, sampleOutline, samplePlans } from './sample-documents.js';

const outline = sampleOutline();
const plans = samplePlans(20, outline);
const render = (overrides: Partial<Parameters<typeof renderBookletHtml>[0]> = {}) =>
  renderBookletHtml({ outline, plans, municipality: sampleMunicipality(), fontBaseUrl: '/fonts', ...overrides });

describe('renderBookletHtml', () => {
  it('opens with a cover naming the municipality, the outline, its period and theme', () => {
    const html = render();
    const cover = html.slice(html.indexOf('<section class="paper cover">'), html.indexOf('</section>'));
    expect(cover).toContain('本庄市');
    expect(cover).toContain('第4次本庄市行政改革大綱');
    expect(cover).toContain('実施計画');
    expect(cover).toContain('令和5年度～令和9年度');
    expect(cover).toContain('「自ら考え、自ら取り組む');
    expect(cover).not.toContain('（案）');
    expect(render({ outline: { ...outline, status: 'draft' } })).toContain('<span class="draft">（案）</span>');
  });

  it('prints every plan sheet once, each on its own page, in framework order', () => {
    const html = render({ plans: [...plans].reverse() });
    expect(html.match(/<article class="paper sheet">/gu)).toHaveLength(20);
    expect(html.replace(/<style>[\s\S]*<\/style>/u, '')).not.toMatch(/\sstyle=/u);
    expect(html).toContain('.paper + .paper { break-before: page; }');
    const sheetNumbers = [...html.matchAll(/<td class="plan-number">([^<]+)<\/td>/gu)].map(([, n]) => n);
    expect(sheetNumbers.slice(0, 4)).toEqual(['1-1-1-1', '1-1-1-2', '1-1-2-1', '1-1-2-2']);
    expect(sheetNumbers.at(-1)).toBe('3-2-2-1');
  });

  it('lists the contents grouped by top-level node with counts', () => {
    const html = render();
    const toc = html.slice(html.indexOf('<section class="paper toc">'), html.indexOf('<section class="paper framework">'));
    expect(toc).toContain('基本方針1　市民に分かりやすく、頼られる市役所<span class="group-count">7件</span>');
    expect(toc).toContain('基本方針3　安定した財政で未来へつなぐ');
    expect(toc.indexOf('基本方針1')).toBeLessThan(toc.indexOf('基本方針2'));
    expect(toc).toMatch(/<td class="number">1-1-1-1<\/td><td>行政手続のオンライン化の推進<\/td><td class="department">市民課<\/td>/u);
  });

  it('tabulates the framework with level names, codes and plan counts, a re-listed plan counted once', () => {
    const html = render();
    const framework = html.slice(html.indexOf('<section class="paper framework">'), html.indexOf('<article'));
    expect(framework).toMatch(/<td class="level">基本方針<\/td><td class="node-code depth-0">1<\/td><td>市民に分かりやすく、頼られる市役所<\/td><td class="num">7/u);
    expect(framework).toMatch(/<td class="level">改革プログラム<\/td><td class="node-code depth-2">1-1-1<\/td>/u);
    expect(framework).toContain('<th colspan="3">実施計画の合計</th><td class="num">20</td>');
    expect(framework).toContain('<th class="center">再掲</th>');
    expect(render({ plans: plans.map((plan) => ({ ...plan, relistedNodeIds: [] })) })).not.toContain('<th class="center">再掲</th>');
  });

  it('still prints cover and framework for an outline without plans', () => {
    const html = render({ plans: [] });
    expect(html).toContain('実施計画はまだありません。');
    expect(html).not.toContain('<article');
  });
});
