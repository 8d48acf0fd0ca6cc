import { describe, expect, it } from '@jest/globals';
import {
  distributionLabel,
  isEffectParameter,
  isV1Parameter,
  oddsMultiple,
  parameterLabel,
  parameterShortLabel,
  pointEstimateIsNoEffect,
  variationSources,
  zeroMassText,
} from '../../../web/src/lib/assumptions';

describe('parameterLabel', () => {
  it('names the v2 effects in plain words with their unit', () => {
    expect(parameterLabel('ENROLLMENT_EFFECT')).toBe('Enrollment effect (log odds ratio)');
    expect(parameterLabel('ENGAGEMENT_EFFECT')).toBe('Engagement effect (log odds ratio)');
    expect(parameterLabel('RETENTION_EFFECT')).toBe('Retention effect (log odds ratio)');
    expect(parameterLabel('NON_CREDIT_EFFECT_SHARE')).toBe('Share of the effect a non-credit credential keeps');
  });

  it('marks the v1 parameters as not applied', () => {
    for (const p of ['ENGAGEMENT_RATIO', 'ENROLLMENT_RATIO', 'INTENT_REALISATION', 'RETENTION_PASS_THROUGH']) {
      expect(isV1Parameter(p)).toBe(true);
      expect(parameterLabel(p)).toMatch(/ \(v1, not applied\)$/);
      expect(parameterShortLabel(p)).toMatch(/ \(v1\)$/);
    }
    expect(parameterLabel('ENROLLMENT_RATIO')).toBe('Enrollment ratio (v1, not applied)');
    expect(isV1Parameter('ENROLLMENT_EFFECT')).toBe(false);
  });

  it('keeps chart labels short and falls back to the constant in words', () => {
    expect(parameterShortLabel('ENROLLMENT_EFFECT')).toBe('Enrollment effect');
    expect(parameterShortLabel('AWARENESS_RAMP_YEARS')).toBe('Awareness ramp (years)');
    expect(parameterLabel('SOMETHING_NEW')).toBe('Something new');
  });

  it('knows which parameters are effects', () => {
    expect(isEffectParameter('RETENTION_EFFECT')).toBe(true);
    expect(isEffectParameter('NON_CREDIT_EFFECT_SHARE')).toBe(false);
    expect(isEffectParameter('ENROLLMENT_RATIO')).toBe(false);
  });
});

describe('oddsMultiple', () => {
  it('turns a log odds ratio into the multiple of the odds', () => {
    expect(oddsMultiple(Math.log(1.05), 'en-US')).toBe('odds ×1.05');
    expect(oddsMultiple(-0.251209835830568, 'en-US')).toBe('odds ×0.78');
    expect(oddsMultiple(0, 'en-US')).toBe('odds ×1');
    expect(oddsMultiple(Math.log(12), 'en-US')).toBe('odds ×12');
    expect(oddsMultiple(null)).toBe('—');
  });
});

describe('zeroMassText', () => {
  it('says the chance of no effect in words', () => {
    expect(zeroMassText(0.5, { locale: 'en-US' })).toBe('50% chance of no effect');
    expect(zeroMassText(0.125, { locale: 'en-US' })).toBe('13% chance of no effect');
    expect(zeroMassText(0.004, { locale: 'en-US' })).toBe('0.4% chance of no effect');
    expect(zeroMassText(1)).toBe('certainly no effect');
  });

  it('is empty without a point mass, except for an effect, which is then never exactly zero', () => {
    expect(zeroMassText(0)).toBe('');
    expect(zeroMassText(null)).toBe('');
    expect(zeroMassText(0, { effect: true })).toBe('never exactly zero');
  });

  it('tells when the point estimate takes the effect as none (an even chance or more)', () => {
    expect(pointEstimateIsNoEffect(0.5)).toBe(true);
    expect(pointEstimateIsNoEffect(0.49)).toBe(false);
    expect(pointEstimateIsNoEffect(null)).toBe(false);
  });
});

describe('distributionLabel and variationSources', () => {
  it('labels NORMAL and the calibrated sample', () => {
    expect(distributionLabel('NORMAL')).toBe('Normal (cut off at low and high)');
    expect(distributionLabel('EMPIRICAL')).toBe('Calibrated sample');
    expect(distributionLabel('PERT')).toBe('Beta-PERT');
  });

  it('reads where each year-to-year figure came from', () => {
    expect(variationSources('PROGRAM, PROGRAM, INSTITUTION, DEFAULT')).toEqual([
      "the program's own years",
      "the program's own years",
      'pooled over your programs',
      'a default',
    ]);
  });
});
