import { registerEnumType } from 'type-graphql';
import { WARNING_DESCRIPTIONS } from '../../model/calibration';

export enum CalibrationStatus {
  OK = 'OK',
  UNRELIABLE = 'UNRELIABLE',
  INSUFFICIENT_DATA = 'INSUFFICIENT_DATA',
}
export enum CalibrationOutcome {
  ENROLLMENT_RATE = 'ENROLLMENT_RATE',
  ENGAGEMENT_RATE = 'ENGAGEMENT_RATE',
  RETENTION_RATE = 'RETENTION_RATE',
}
export enum CalibrationWarning {
  FEW_TREATED_PROGRAMS = 'FEW_TREATED_PROGRAMS',
  FEW_COMPARISON_PROGRAMS = 'FEW_COMPARISON_PROGRAMS',
  SMALL_COUNTS = 'SMALL_COUNTS',
  NO_PRE_PERIOD = 'NO_PRE_PERIOD',
  PRETREND = 'PRETREND',
  PRIOR_DATA_CONFLICT = 'PRIOR_DATA_CONFLICT',
  WEIGHT_DEGENERACY = 'WEIGHT_DEGENERACY',
  IMPLAUSIBLE_LIFT = 'IMPLAUSIBLE_LIFT',
}
export enum StandardErrorMethod {
  PROGRAM_JACKKNIFE = 'PROGRAM_JACKKNIFE',
  INDEPENDENT_CELLS = 'INDEPENDENT_CELLS',
}
export enum CalibrationQuantity {
  REALISED_ENROLLMENT_RATIO = 'REALISED_ENROLLMENT_RATIO',
  REALISED_ENGAGEMENT_RATIO = 'REALISED_ENGAGEMENT_RATIO',
  RETENTION_RATIO = 'RETENTION_RATIO',
}

registerEnumType(CalibrationStatus, {
  name: 'CalibrationStatus',
  description: 'Whether a calibration could learn from the data, and how reliably.',
  valuesConfig: {
    OK: {
      description: 'The posterior was sampled reliably (effective sample size ≥ 400); a calibrated set was created.',
    },
    UNRELIABLE: {
      description: 'The sampler could not reach a reliable posterior (see warnings); no calibrated set was created.',
    },
    INSUFFICIENT_DATA: {
      description: 'No treated program has actuals both before and after its start year; nothing was learnt.',
    },
  },
});
registerEnumType(CalibrationOutcome, {
  name: 'CalibrationOutcome',
  description: 'An outcome a calibration measures the local effect on.',
  valuesConfig: {
    ENROLLMENT_RATE: { description: 'New enrollments / prospects (PROSPECTS and NEW_ENROLLMENTS actuals).' },
    ENGAGEMENT_RATE: {
      description: 'Engaged students / students, from the ENGAGEMENT_RATE numerator and denominator.',
    },
    RETENTION_RATE: {
      description: 'Continuing students / students, from the RETENTION_RATE numerator and denominator.',
    },
  },
});
registerEnumType(CalibrationWarning, {
  name: 'CalibrationWarning',
  description: 'What the data cannot support, in words.',
  valuesConfig: Object.fromEntries(
    Object.values(CalibrationWarning).map((w) => [w, { description: WARNING_DESCRIPTIONS[w] }]),
  ),
});
registerEnumType(StandardErrorMethod, {
  name: 'StandardErrorMethod',
  description: "How a local estimate's standard error and 95% interval were computed.",
  valuesConfig: {
    PROGRAM_JACKKNIFE: {
      description:
        'Clustered by program: the leave-one-program-out jackknife (CV3), robust to shocks that persist from year to ' +
        "year within a program and to the programs' own effects differing; the interval uses Student's t with " +
        'Bell–McCaffrey degrees of freedom (fewer when a few treated programs carry the estimate).',
    },
    INDEPENDENT_CELLS: {
      description:
        'Too few programs to cluster (fewer than two treated programs, or three in all): binomial noise and ' +
        'year-to-year variation as if program-years were independent, normal quantiles. Likely too narrow.',
    },
  },
});
registerEnumType(CalibrationQuantity, {
  name: 'CalibrationQuantity',
  description:
    'A realised effect as the odds ratio it applies, exp(effect): easier to read than a log odds ratio (1 = no effect).',
  valuesConfig: {
    REALISED_ENROLLMENT_RATIO: {
      description:
        'The enrollment odds ratio that shows up in behaviour: exp(ENROLLMENT_EFFECT). Before model v2: ' +
        '1 + INTENT_REALISATION × (ENROLLMENT_RATIO − 1).',
    },
    REALISED_ENGAGEMENT_RATIO: {
      description:
        'The engagement odds ratio that shows up in behaviour: exp(ENGAGEMENT_EFFECT). Before model v2: ' +
        '1 + INTENT_REALISATION × (ENGAGEMENT_RATIO − 1).',
    },
    RETENTION_RATIO: {
      description:
        'The retention odds ratio: exp(RETENTION_EFFECT). Before model v2: 1 + RETENTION_PASS_THROUGH × (realised ' +
        'engagement ratio − 1).',
    },
  },
});
