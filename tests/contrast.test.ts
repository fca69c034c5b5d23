import { expect } from '@open-wc/testing';
import { contrastRatio, parseColor, readableOn } from '../src/shared/contrast.js';

describe('colour contrast', () => {
  it('reads CSS colours in their usual forms', () => {
    expect(parseColor('#0b5f7a')).to.deep.equal([11, 95, 122]);
    expect(parseColor('white')).to.deep.equal([255, 255, 255]);
    expect(parseColor('rgb(10 20 30)')).to.deep.equal([10, 20, 30]);
    expect(parseColor('hsl(0 100% 50%)')).to.deep.equal([255, 0, 0]);
    // As computed styles write them, read without a canvas.
    expect(parseColor('#0bf')).to.deep.equal([0, 187, 255]);
    expect(parseColor('rgb(1, 2, 3)')).to.deep.equal([1, 2, 3]);
    expect(parseColor('rgba(1, 2, 3, 0.5)')).to.deep.equal([1, 2, 3]);
    expect(parseColor('rgb(300, 0, 0)')).to.deep.equal([255, 0, 0]);
  });

  it('refuses invalid and transparent colours', () => {
    for (const bad of ['', 'banana', 'transparent', 'rgba(0, 0, 0, 0)', 'url(javascript:alert(1))', '#12', '#12345g']) expect(parseColor(bad), bad).to.equal(undefined);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).to.be.closeTo(21, 0.01);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).to.equal(1);
    expect(contrastRatio([11, 95, 122], [255, 255, 255])).to.be.above(4.5); // the default accent on white
  });

  it('picks white text on a dark brand colour and black on a light one', () => {
    expect(readableOn([11, 95, 122])).to.deep.equal([255, 255, 255]);
    expect(readableOn([255, 214, 0])).to.deep.equal([0, 0, 0]);
    expect(readableOn([170, 220, 240])).to.deep.equal([0, 0, 0]);
  });
});
