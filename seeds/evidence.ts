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
  // --- external benchmarks for a sceptical prior (shared/reference/enrollment-benchmarks.md): how large an
  // enrollment effect can plausibly be. Quotes are that reference's account of each figure.
  {
    key: 'thec_tennessee_promise_enrollment_2015',
    title: 'Promise provides enrollment boost',
    publisher: 'Tennessee Higher Education Commission',
    year: 2015,
    url: 'https://driveto55.org/promise-provides-enrollment-boost/',
    methodology:
      "Administrative counts of first-time freshmen at Tennessee's public colleges in the first fall of Tennessee " +
      'Promise (free community-college tuition statewide) against the fall before. A before/after count for a whole ' +
      'state, not a controlled comparison; free tuition is a far larger change to a prospect than one credential.',
    notes:
      "Used as an upper bound: a prior whose median says one elective credential raises a program's entrants by " +
      "more than free tuition raised a state's freshman class is not sceptical.",
    statistics: [
      {
        key: 'tennessee_promise_freshman_increase',
        description:
          "First-time freshman class in Tennessee's public colleges in Tennessee Promise's first fall, relative to the year before",
        population: 'COLLEGE_ENTRANTS',
        kind: 'RATIO',
        value: 1.101,
        note: 'Reported as +10.1%: a ratio of counts (1.101), not a likelihood ratio of individuals.',
        quote:
          "free community college statewide (Tennessee Promise), first fall: freshman class in Tennessee's public colleges +10.1%",
      },
    ],
  },
  {
    key: 'dynarski_deming_grant_aid',
    title:
      'Does aid matter? Measuring the effect of student aid on college attendance and completion; Into college, out of poverty?',
    publisher: 'American Economic Review; NBER Working Paper 15387',
    year: 2009,
    methodology:
      'Quasi-experimental estimates (Dynarski 2003, the end of Social Security student benefits, a ' +
      'difference-in-differences) and a review of the evidence (Deming & Dynarski 2009). Causal estimates of what ' +
      'money changes in attendance, not of what a credential changes.',
    notes:
      'Dynarski, S. (2003), American Economic Review 93(1); Deming, D. & Dynarski, S. (2009), NBER Working Paper 15387. ' +
      'A scale for what moves enrollment: a thousand dollars of grant aid moves attendance by a few points.',
    statistics: [
      {
        key: 'grant_aid_attendance_per_1000',
        description: 'Change in college attendance per $1,000 of grant aid, in percentage points',
        population: 'COLLEGE_ENTRANTS',
        kind: 'SHARE',
        value: 0.035,
        note: 'Reported as "about 3–4 percentage points"; 0.035 is the middle, as a share.',
        quote: 'about 3–4 percentage points of college attendance per $1,000 of grant aid',
      },
    ],
  },
  {
    key: 'webb_sheeran_2006_changing_intentions',
    title: 'Does changing behavioral intentions engender behavior change? A meta-analysis of the experimental evidence',
    publisher: 'Psychological Bulletin',
    year: 2006,
    methodology:
      'A meta-analysis of 47 experiments that changed intentions and measured later behaviour: the causal pass-through ' +
      'from intention to behaviour, across behaviours in general.',
    notes: 'Webb, T. L. & Sheeran, P. (2006). Psychological Bulletin, 132(2), 249–268.',
    statistics: [
      {
        key: 'induced_intention_behaviour_pass_through',
        description: 'Share of an experimentally induced change in intention that shows up as a change in behaviour',
        population: 'RESEARCH_PARTICIPANTS',
        kind: 'SHARE',
        value: 0.55,
        note: 'd = 0.36 in behaviour for d = 0.66 in intention: 0.36/0.66 ≈ 0.55.',
        quote:
          'a medium-to-large change in intention (d = 0.66) produced a small-to-medium change in behaviour (d = 0.36): about 55% pass-through',
      },
    ],
  },
  {
    key: 'castleman_page_2014_summer_melt',
    title: 'Summer Melt: Supporting Low-Income Students Through the Transition to College',
    publisher: 'Harvard Education Press',
    year: 2014,
    methodology:
      'A synthesis of district and national data on college-intending, admitted high-school graduates who do not enroll ' +
      'in the fall. Shows how far even committed intentions fall short of enrollment.',
    notes: 'Castleman, B. L. & Page, L. C. (2014).',
    statistics: [
      {
        key: 'summer_melt_share',
        description:
          'Share of college-intending, accepted high-school graduates who do not enroll in the fall, nationally',
        population: 'COLLEGE_ENTRANTS',
        kind: 'SHARE',
        value: 0.1,
        note: 'About 10% nationally, about 1 in 5 among low-income students; 10–40% across the settings studied.',
        quote:
          'committed, admitted students who do not enroll ("summer melt"): 10–40% of college-intending, accepted high-school graduates; about 10% nationally, about 1 in 5 low-income',
      },
    ],
  },
  {
    key: 'murphy_et_al_2005_hypothetical_bias',
    title: 'A meta-analysis of hypothetical bias in stated preference valuation',
    publisher: 'Environmental and Resource Economics',
    year: 2005,
    methodology:
      'A meta-analysis of studies that asked the same people (or comparable groups) what they would do and observed ' +
      'what they did: how far stated answers overstate actual behaviour.',
    notes: 'Murphy, J. J., Allen, P. G., Stevens, T. H. & Weatherhead, D. (2005). 30, 313–325. Heavy right tail.',
    statistics: [
      {
        key: 'hypothetical_bias_median_ratio',
        description: 'Median ratio of hypothetical (stated) to actual values across studies',
        population: 'RESEARCH_PARTICIPANTS',
        kind: 'RATIO',
        value: 1.35,
        note: 'The median; the distribution has a heavy right tail (some studies overstate many times over).',
        quote: 'median hypothetical/actual ratio 1.35, heavy right tail',
      },
    ],
  },
  {
    key: 'stackable_credentials_returns',
    title: 'Stacking credentials: returns to stackable credentials (Meyer, Bird & Castleman; Bailey & Belfield)',
    publisher: 'EdWorkingPapers (Annenberg, Brown University); Community College Research Center',
    year: 2020,
    methodology:
      'Administrative earnings and employment records of students who stack short credentials (Meyer, Bird & ' +
      'Castleman, EdWorkingPaper 20-317) and a review of the evidence on stackable credentials (Bailey & Belfield, ' +
      'CCRC Working Paper 97, 2017). Labour-market returns, not enrollment or retention effects.',
    notes:
      'The closest causal evidence on short credentials inside degree pathways: small returns at best, and elsewhere ' +
      'no significant returns to stacking.',
    statistics: [
      {
        key: 'stackable_credentials_employment_gain',
        description: 'Gain in employment for students who stack a further credential, in percentage points',
        population: 'CREDENTIAL_HOLDERS',
        kind: 'SHARE',
        value: 0.04,
        note: '+4 percentage points of employment and +4% wages (Meyer, Bird & Castleman); no significant returns to stacking elsewhere (Bailey & Belfield).',
        quote: '+4 pp employment, +4% wages; elsewhere no significant returns to stacking',
      },
    ],
  },
];
