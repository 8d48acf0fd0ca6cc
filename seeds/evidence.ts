/**
 * Evidence registry seed: where the model's numbers come from.
 *
 * Source 1 holds every figure of the seed article (Workplace Journal, "Micro-credentials
 * emerging as key driver of career success, report finds", on Coursera's Micro-Credentials
 * Impact Report 2025), plus two figures from Coursera's own announcement of the same report.
 * Source 2 holds the 2024 edition's survey of higher-education leaders. Sources 3 and 4 are the
 * intention–behaviour literature behind INTENT_REALISATION (shared/reference/intention-behaviour.md).
 *
 * Conventions: shares are fractions (85% → 0.85); ratios are multipliers (2.4× → 2.4).
 * "nearly" / "more than" / "one in three" keep the headline number as the value and say so
 * in `note`. Every `quote` is the verbatim sentence the figure comes from. Keys are stable
 * snake_case and unique across all sources: assumptions refer to them.
 */
import type { EvidenceSourceSeed } from './types';

const IHE_READING =
  'Sources disagree on what the two ratios measure. The seed article (used as the default here) ' +
  'reads 2.0 as staying engaged and 2.4 as enrolling in a degree program that includes ' +
  "micro-credentials. Inside Higher Ed's write-up of the same report reads both as enrollment: " +
  'students are 2.0 times as likely to enroll in a program that includes a micro-credential, ' +
  'and 2.4 times as likely if the micro-credential carries academic credit.';

const SELF_REPORTED_RATIO =
  'A ratio of stated likelihood from a self-reported survey, not an observed behavioural effect.';

/** report-facts.md's account of Inside Higher Ed's write-up (its own sentence is not in the sources used). */
const IHE_QUOTE =
  'A reading that differs from the seed article: Inside Higher Ed reports students as twice as likely to enroll ' +
  'in a program that includes a micro-credential and 2.4 times as likely if the micro-credential carries credit; ' +
  'the seed article reads the 2.0 as engagement and the 2.4 as enrollment.';

export const evidenceSources: EvidenceSourceSeed[] = [
  {
    key: 'coursera_micro_credentials_impact_report_2025',
    title: 'Micro-Credentials Impact Report 2025',
    publisher: 'Coursera',
    year: 2025,
    methodology:
      'Voluntary online surveys fielded December 2024 – January 2025: at least 1,200 students and ' +
      'more than 1,000 employers in the U.S., U.K., Brazil, France, India, Indonesia, Mexico, ' +
      'Saudi Arabia, Thailand and Turkey. Answers are self-reported attitudes and stated ' +
      'intentions, not observed behaviour; respondents opted in, so they may be more favourable ' +
      'to micro-credentials than the population at large.',
    notes:
      "Figures as reported in the seed article (Jessica O'Connor, Workplace Journal, 2025). The " +
      'method is taken from Inside Higher Ed\'s write-up of the report; the 85% "more likely to ' +
      'hire" and the 10–15% salary premium come from Coursera\'s own announcement of the report. ' +
      'Inside Higher Ed reads the 2.0 and 2.4 ratios differently from the seed article; see the ' +
      'notes on the two ratio statistics. Sample sizes per question and per country are not ' +
      'published in these write-ups.',
    statistics: [
      {
        key: 'students_improved_job_prospects',
        description: 'Students who earned a micro-credential and believe it improved their job prospects',
        population: 'STUDENTS',
        kind: 'SHARE',
        value: 0.85,
        quote:
          'The report found that 85% of students who earned a micro-credential believed it improved their job prospects, while 91% said it helped them feel more prepared to succeed in the workplace.',
      },
      {
        key: 'students_more_prepared_for_workplace',
        description:
          'Students who earned a micro-credential and say it helped them feel more prepared to succeed in the workplace',
        population: 'STUDENTS',
        kind: 'SHARE',
        value: 0.91,
        quote:
          'The report found that 85% of students who earned a micro-credential believed it improved their job prospects, while 91% said it helped them feel more prepared to succeed in the workplace.',
      },
      {
        key: 'employers_credential_enhances_application',
        description: "Employers who agree that micro-credentials enhance a candidate's application",
        population: 'EMPLOYERS',
        kind: 'SHARE',
        value: 0.96,
        quote:
          'Employers shared this enthusiasm, as 96% agreed that micro-credentials enhance a candidate’s application, and 90% were willing to offer higher starting salaries to applicants who hold recognised or credit-bearing micro-credentials.',
      },
      {
        key: 'employers_willing_higher_starting_salary',
        description:
          'Employers willing to offer higher starting salaries to applicants holding recognised or credit-bearing micro-credentials',
        population: 'EMPLOYERS',
        kind: 'SHARE',
        value: 0.9,
        note: "Coursera's announcement adds that those employers typically offer 10–15% higher starting salaries (statistic employers_starting_salary_premium).",
        quote:
          'Employers shared this enthusiasm, as 96% agreed that micro-credentials enhance a candidate’s application, and 90% were willing to offer higher starting salaries to applicants who hold recognised or credit-bearing micro-credentials.',
      },
      {
        key: 'employers_hired_credential_holder',
        description: 'Employers who hired at least one candidate with a micro-credential in the past year',
        population: 'EMPLOYERS',
        kind: 'SHARE',
        value: 0.87,
        quote:
          'Notably, 87% of employers reported hiring at least one candidate with a micro-credential in the past year.',
      },
      {
        key: 'students_engagement_ratio',
        description:
          'How many times as likely students say they are to stay engaged in a degree program that includes micro-credentials',
        population: 'STUDENTS',
        kind: 'RATIO',
        value: 2.0,
        note: `${IHE_READING} ${SELF_REPORTED_RATIO}`,
        quote:
          'The Coursera report noted that students are twice as likely to stay engaged and 2.4 times more likely to enroll in a degree program that includes micro-credentials.',
      },
      {
        key: 'students_enrollment_ratio',
        description:
          'How many times as likely students say they are to enroll in a degree program that includes (credit-bearing) micro-credentials',
        population: 'STUDENTS',
        kind: 'RATIO',
        value: 2.4,
        note: `${IHE_READING} ${SELF_REPORTED_RATIO}`,
        quote:
          'The Coursera report noted that students are twice as likely to stay engaged and 2.4 times more likely to enroll in a degree program that includes micro-credentials.',
      },
      {
        key: 'students_desire_credit_bearing_credentials',
        description:
          'Students who want to earn credentials that count toward a degree (2025, compared with two years earlier)',
        population: 'STUDENTS',
        kind: 'SHARE',
        value: 0.94,
        comparisonValue: 0.55,
        comparisonYear: 2023,
        note: 'A stated desire, not enrolment behaviour. The comparison year is "two years ago" relative to the 2025 survey.',
        quote:
          'This interest has surged in recent years, with 94% of students in 2025 expressing a desire to earn credentials that count toward a degree – up significantly from 55% just two years ago.',
      },
      {
        key: 'holders_with_credit_bearing_credential',
        description: 'Micro-credential holders who have earned at least one credential that carries academic credit',
        population: 'CREDENTIAL_HOLDERS',
        kind: 'SHARE',
        value: 0.41,
        quote:
          'Currently, 41% of micro-credential holders have earned at least one credential that contributes academic credit.',
      },
      {
        key: 'students_increased_self_assurance',
        description: 'Students reporting increased self-assurance in their abilities after earning micro-credentials',
        population: 'STUDENTS',
        kind: 'SHARE',
        value: 0.8,
        note: 'Reported as "nearly 80%": the true share is somewhat below 0.80.',
        quote:
          'Micro-credentials appeared to enhance student satisfaction and skill confidence, with nearly 80% of students reporting increased self-assurance in their abilities and one in three saying these certifications helped them secure internships.',
      },
      {
        key: 'students_credential_helped_secure_internship',
        description: 'Students saying micro-credentials helped them secure internships',
        population: 'STUDENTS',
        kind: 'SHARE',
        value: 1 / 3,
        note: 'Reported as "one in three"; stored as exactly 1/3.',
        quote:
          'Micro-credentials appeared to enhance student satisfaction and skill confidence, with nearly 80% of students reporting increased self-assurance in their abilities and one in three saying these certifications helped them secure internships.',
      },
      {
        key: 'leaders_engagement_and_satisfaction',
        description:
          'Higher-education leaders who believe offering micro-credentials increases student engagement and satisfaction',
        population: 'HIGHER_ED_LEADERS',
        kind: 'SHARE',
        value: 0.9,
        note: 'Reported as "nearly 90%": the true share is somewhat below 0.90. A belief of leaders, not a measured effect.',
        quote:
          'From the perspective of higher education leaders, nearly 90% believed that offering micro-credentials increases student engagement and satisfaction, while 75% said they make academic programs more attractive to prospective students.',
      },
      {
        key: 'leaders_programs_more_attractive',
        description:
          'Higher-education leaders who say micro-credentials make academic programs more attractive to prospective students',
        population: 'HIGHER_ED_LEADERS',
        kind: 'SHARE',
        value: 0.75,
        quote:
          'From the perspective of higher education leaders, nearly 90% believed that offering micro-credentials increases student engagement and satisfaction, while 75% said they make academic programs more attractive to prospective students.',
      },
      {
        key: 'entry_level_received_raise',
        description: 'Entry-level employees with micro-credentials who received a raise',
        population: 'ENTRY_LEVEL_EMPLOYEES',
        kind: 'SHARE',
        value: 0.28,
        quote:
          'Entry-level employees with micro-credentials reported measurable career gains, as 28% received a raise and 21% earned a promotion.',
      },
      {
        key: 'entry_level_earned_promotion',
        description: 'Entry-level employees with micro-credentials who earned a promotion',
        population: 'ENTRY_LEVEL_EMPLOYEES',
        kind: 'SHARE',
        value: 0.21,
        quote:
          'Entry-level employees with micro-credentials reported measurable career gains, as 28% received a raise and 21% earned a promotion.',
      },
      {
        key: 'genai_holders_productivity_increased',
        description: 'Employees holding generative-AI micro-credentials who say their productivity increased',
        population: 'ENTRY_LEVEL_EMPLOYEES',
        kind: 'SHARE',
        value: 0.7,
        note: 'The sub-group of employees holding generative-AI micro-credentials; the article reports it among its entry-level workforce findings.',
        quote:
          'Those holding micro-credentials in generative AI reported even greater benefits – 70% said their productivity increased, while more than 60% reported stronger problem-solving skills.',
      },
      {
        key: 'genai_holders_stronger_problem_solving',
        description: 'Employees holding generative-AI micro-credentials who report stronger problem-solving skills',
        population: 'ENTRY_LEVEL_EMPLOYEES',
        kind: 'SHARE',
        value: 0.6,
        note: 'Reported as "more than 60%": 0.60 is a lower bound. The sub-group of employees holding generative-AI micro-credentials.',
        quote:
          'Those holding micro-credentials in generative AI reported even greater benefits – 70% said their productivity increased, while more than 60% reported stronger problem-solving skills.',
      },
      {
        key: 'entry_level_improved_job_performance',
        description: 'Entry-level employees who feel their micro-credentials improved their daily job performance',
        population: 'ENTRY_LEVEL_EMPLOYEES',
        kind: 'SHARE',
        value: 0.8,
        quote:
          'In total, 80% of entry-level employees felt that their micro-credentials improved their daily job performance, underscoring their value to both individuals and employers.',
      },
      // --- Inside Higher Ed's reading of the same two ratios (the "Inside Higher Ed reading" set) ---
      // The same survey answers as the two ratios above, read as enrollment: not independent evidence.
      {
        key: 'students_enrollment_ratio_any_credential_ihe',
        description:
          'How many times as likely students say they are to enroll in a program that includes a micro-credential ' +
          "(Inside Higher Ed's reading)",
        population: 'STUDENTS',
        kind: 'RATIO',
        value: 2.0,
        note:
          "Inside Higher Ed's reading of the figure the seed article reads as staying engaged " +
          '(students_engagement_ratio); the default set follows the seed article. ' +
          SELF_REPORTED_RATIO,
        quote: IHE_QUOTE,
      },
      {
        key: 'students_enrollment_ratio_credit_bearing_ihe',
        description:
          'How many times as likely students say they are to enroll in a program that includes a micro-credential ' +
          "carrying academic credit (Inside Higher Ed's reading)",
        population: 'STUDENTS',
        kind: 'RATIO',
        value: 2.4,
        note:
          "Inside Higher Ed's reading of the figure the seed article reads as enrolling in a program with " +
          '(credit-bearing) micro-credentials (students_enrollment_ratio). ' +
          SELF_REPORTED_RATIO,
        quote: IHE_QUOTE,
      },
      // --- from Coursera's announcement of the same report (not in the seed article) ---
      {
        key: 'employers_more_likely_to_hire',
        description: 'Employers more likely to hire a candidate with a micro-credential than one without',
        population: 'EMPLOYERS',
        kind: 'SHARE',
        value: 0.85,
        note: "From Coursera's announcement of the report, not from the seed article.",
        quote:
          "Coursera's own announcement adds that employers willing to pay more typically offer 10–15% higher starting salaries, and that 85% of employers are more likely to hire a candidate with a micro-credential than one without.",
      },
      {
        key: 'employers_starting_salary_premium',
        description:
          'Typical starting-salary premium, as a fraction of salary, offered by employers willing to pay more for micro-credential holders',
        population: 'EMPLOYERS',
        kind: 'SHARE',
        value: 0.125,
        note:
          'Reported as a range, 10–15% higher starting salaries; the value is the midpoint (0.125) of 0.10–0.15. ' +
          'It is a salary premium among the employers willing to pay more (90%, statistic ' +
          "employers_willing_higher_starting_salary), not a share of employers. From Coursera's announcement of the report, not from the seed article.",
        quote:
          "Coursera's own announcement adds that employers willing to pay more typically offer 10–15% higher starting salaries, and that 85% of employers are more likely to hire a candidate with a micro-credential than one without.",
      },
    ],
  },
  {
    key: 'coursera_micro_credentials_impact_report_2024',
    title: 'Micro-Credentials Impact Report 2024',
    publisher: 'Coursera',
    year: 2024,
    methodology:
      'Survey of 1,058 higher-education leaders at 852 institutions in 89 countries. Answers are ' +
      'self-reported practices and opinions of leaders, not measured student outcomes.',
    notes:
      'The previous edition of the report; figures as given in public write-ups of the 2025 edition. ' +
      'The 53% who grant credit is a share of the institutions that offer micro-credentials ' +
      '(about 0.51 × 0.53 ≈ 27% of all institutions surveyed).',
    statistics: [
      {
        key: 'leaders_2024_institution_offers_micro_credentials',
        description: 'Higher-education leaders whose institution offers micro-credentials',
        population: 'HIGHER_ED_LEADERS',
        kind: 'SHARE',
        value: 0.51,
        quote:
          'The 2024 edition surveyed 1,058 higher-education leaders at 852 institutions in 89 countries: 51% said their institution offers micro-credentials, 53% of those grant academic credit for them, 80% agreed micro-credentials can support retention.',
      },
      {
        key: 'leaders_2024_offering_institutions_grant_credit',
        description: 'Among institutions offering micro-credentials, those granting academic credit for them',
        population: 'HIGHER_ED_LEADERS',
        kind: 'SHARE',
        value: 0.53,
        note: 'A share of the 51% whose institution offers micro-credentials, not of all leaders surveyed.',
        quote:
          'The 2024 edition surveyed 1,058 higher-education leaders at 852 institutions in 89 countries: 51% said their institution offers micro-credentials, 53% of those grant academic credit for them, 80% agreed micro-credentials can support retention.',
      },
      {
        key: 'leaders_2024_support_retention',
        description: 'Higher-education leaders who agree micro-credentials can support student retention',
        population: 'HIGHER_ED_LEADERS',
        kind: 'SHARE',
        value: 0.8,
        note: 'An opinion of leaders, not a measured retention effect.',
        quote:
          'The 2024 edition surveyed 1,058 higher-education leaders at 852 institutions in 89 countries: 51% said their institution offers micro-credentials, 53% of those grant academic credit for them, 80% agreed micro-credentials can support retention.',
      },
    ],
  },
  // --- the intention–behaviour literature: how much of a stated intention becomes behaviour ---
  {
    key: 'sheeran_2002_intention_behavior_relations',
    title: 'Intention–behavior relations: a conceptual and empirical review',
    publisher: 'European Review of Social Psychology',
    year: 2002,
    methodology:
      'A meta-analysis of 10 meta-analyses (422 studies in all) of how well measured intentions predict ' +
      'later behaviour, across many kinds of behaviour rather than enrollment or micro-credentials in ' +
      'particular. It measures the link between intending and doing, not the effect of any offer.',
    notes:
      'Sheeran, P. (2002). European Review of Social Psychology, 12, 1–36. The headline figure is the ' +
      'sample-weighted average correlation between intentions and later behaviour, r+ = 0.53; a correlation ' +
      'is neither a share nor a ratio, so the registry records its square, the share of variance explained.',
    statistics: [
      {
        key: 'intentions_behaviour_variance_explained',
        description:
          'Share of the variance in later behaviour that intentions account for, across 10 meta-analyses (422 studies)',
        population: 'RESEARCH_PARTICIPANTS',
        kind: 'SHARE',
        value: 0.28,
        note:
          'Reported as "about 28%": the square of the sample-weighted average correlation r+ = 0.53 ' +
          '(0.53² ≈ 0.28). A share of variance, not a share of people who act on their intentions.',
        quote:
          'A meta-analysis of 10 meta-analyses (422 studies): the sample-weighted average correlation between ' +
          'intentions and later behaviour is r+ = 0.53; intentions account for about 28% of the variance in behaviour.',
      },
    ],
  },
  {
    key: 'sheeran_webb_2016_intention_behavior_gap',
    title: 'The Intention–Behavior Gap',
    publisher: 'Social and Personality Psychology Compass',
    year: 2016,
    url: 'https://doi.org/10.1111/spc3.12265',
    methodology:
      'A review synthesising the meta-analytic literature on intentions and behaviour (the same literature ' +
      'as Sheeran 2002), not new data. Its figures are about behaviour in general, not enrollment.',
    notes:
      'Sheeran, P. & Webb, T. L. (2016). Social and Personality Psychology Compass, 10(9), 503–518, ' +
      'doi:10.1111/spc3.12265. Most of the gap comes from "inclined abstainers": people who intend to act ' +
      'and do not.',
    statistics: [
      {
        key: 'intenders_who_act',
        description: 'How often people who intend to act go on to do so',
        population: 'RESEARCH_PARTICIPANTS',
        kind: 'SHARE',
        value: 0.5,
        note:
          'Reported as "roughly half of the time": 0.5 is the headline, not a precise estimate. Most of the gap ' +
          'comes from intenders who do not act ("inclined abstainers").',
        quote:
          'Synthesis of the same literature: the gap is substantial; people who intend to act do so roughly half of ' +
          'the time, and most of the gap comes from "inclined abstainers" (intenders who do not act).',
      },
    ],
  },
];
