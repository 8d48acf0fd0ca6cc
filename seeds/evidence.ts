/**
 * Evidence registry seed: where the model's numbers come from.
 *
 * Source 1 holds every figure of the seed article (Workplace Journal, "Micro-credentials
 * emerging as key driver of career success, report finds", on Coursera's Micro-Credentials
 * Impact Report 2025), plus two figures from Coursera's own announcement of the same report.
 * Source 2 holds the 2024 edition's survey of higher-education leaders.
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
  'micro-credentials. Inside Higher Ed\'s write-up of the same report reads both as enrollment: ' +
  'students are 2.0 times as likely to enroll in a program that includes a micro-credential, ' +
  'and 2.4 times as likely if the micro-credential carries academic credit.';

const SELF_REPORTED_RATIO =
  'A ratio of stated likelihood from a self-reported survey, not an observed behavioural effect.';

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
      'Figures as reported in the seed article (Jessica O\'Connor, Workplace Journal, 2025). The ' +
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
        description: 'Students who earned a micro-credential and say it helped them feel more prepared to succeed in the workplace',
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
        description: 'Employers willing to offer higher starting salaries to applicants holding recognised or credit-bearing micro-credentials',
        population: 'EMPLOYERS',
        kind: 'SHARE',
        value: 0.9,
        note: 'Coursera\'s announcement adds that those employers typically offer 10–15% higher starting salaries (statistic employers_starting_salary_premium).',
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
        description: 'How many times as likely students say they are to stay engaged in a degree program that includes micro-credentials',
        population: 'STUDENTS',
        kind: 'RATIO',
        value: 2.0,
        note: `${IHE_READING} ${SELF_REPORTED_RATIO}`,
        quote:
          'The Coursera report noted that students are twice as likely to stay engaged and 2.4 times more likely to enroll in a degree program that includes micro-credentials.',
      },
      {
        key: 'students_enrollment_ratio',
        description: 'How many times as likely students say they are to enroll in a degree program that includes (credit-bearing) micro-credentials',
        population: 'STUDENTS',
        kind: 'RATIO',
        value: 2.4,
        note: `${IHE_READING} ${SELF_REPORTED_RATIO}`,
        quote:
          'The Coursera report noted that students are twice as likely to stay engaged and 2.4 times more likely to enroll in a degree program that includes micro-credentials.',
      },
      {
        key: 'students_desire_credit_bearing_credentials',
        description: 'Students who want to earn credentials that count toward a degree (2025, compared with two years earlier)',
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
        description: 'Higher-education leaders who believe offering micro-credentials increases student engagement and satisfaction',
        population: 'HIGHER_ED_LEADERS',
        kind: 'SHARE',
        value: 0.9,
        note: 'Reported as "nearly 90%": the true share is somewhat below 0.90. A belief of leaders, not a measured effect.',
        quote:
          'From the perspective of higher education leaders, nearly 90% believed that offering micro-credentials increases student engagement and satisfaction, while 75% said they make academic programs more attractive to prospective students.',
      },
      {
        key: 'leaders_programs_more_attractive',
        description: 'Higher-education leaders who say micro-credentials make academic programs more attractive to prospective students',
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
        description: 'Typical starting-salary premium, as a fraction of salary, offered by employers willing to pay more for micro-credential holders',
        population: 'EMPLOYERS',
        kind: 'SHARE',
        value: 0.125,
        note:
          'Reported as a range, 10–15% higher starting salaries; the value is the midpoint (0.125) of 0.10–0.15. ' +
          'It is a salary premium among the employers willing to pay more (90%, statistic ' +
          'employers_willing_higher_starting_salary), not a share of employers. From Coursera\'s announcement of the report, not from the seed article.',
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
];
