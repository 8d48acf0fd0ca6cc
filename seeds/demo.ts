/**
 * Demo tenant: Northbridge University, a fictional mid-sized US university.
 *
 * Loaded only when UPLIFT_DEMO is on. Programs and their baselines are invented but sized like
 * real US programs (credits, durations, tuition per credit, funnel and continuation rates).
 * The shared-catalog credentials are modelled on real offerings of the named issuers; titles,
 * credit values, recognition, hours and costs are illustrative planning figures for the demo,
 * not verified catalog facts (check the issuer before relying on them). Costs are in USD.
 * `externalId`s use the reserved example.org domain: they are placeholders, not real ids.
 *
 * Credit rules the data obeys (docs/ARCHITECTURE.md "Domain rules"): a credential is embedded at most once per program;
 * non-credit credentials apply 0 credits; creditsApplied ≤ the credential's credit value in US
 * credit hours (ECTS ÷ 2; UK CATS ÷ 2 → ECTS, then ÷ 2); active + planned credits applied per
 * program ≤ 25% of the program's total credits.
 *
 * Metrics are generated deterministically (seeded PRNG, no Math.random) for academic years
 * 2022–2024 (2024 = 2024–25, the baseline year) for every ACTIVE and ARCHIVED program:
 * - PROSPECTS, NEW_ENROLLMENTS, COMPLETIONS: counts (latest year = baseline counts);
 * - ENGAGEMENT_RATE: engaged students / headcount of the year;
 * - RETENTION_RATE: students of the year's entering cohort who continue to the next year /
 *   that entering cohort;
 * rates carry integer numerator/denominator and value = numerator/denominator rounded to 4 d.p.
 */
import type { CredentialSeed, DemoSeed, EmbeddingSeed, InstitutionSeed, MetricSeed, ProgramSeed } from './types';

const institution: InstitutionSeed = {
  name: 'Northbridge University',
  slug: 'northbridge',
  country: 'US',
  creditUnit: 'US_CREDIT_HOUR',
  ectsPerCreditHour: 2,
  maxEmbeddedCreditShare: 0.25,
  currency: 'USD',
};

/*
 * Capacity and money (illustrative planning figures, not any institution's):
 * - discountRate: institutional aid as a share of gross tuition, which an institution reads from its own aid data
 *   ("aid data" below). For scale: the 2022 NACUBO Tuition Discounting Study (published 2023) estimated an average
 *   institutional discount rate of 56.2% for first-time, full-time undergraduates at private nonprofits in 2022–23
 *   (50.9% for all undergraduates); publics, graduate, online and adult programs discount less, and a funded
 *   doctorate returns nearly all of its tuition.
 * - instructionalCostPerCredit: the MARGINAL cost of teaching one more student one credit. A Delaware Cost Study–style
 *   analysis of the institution's own expenses gives the average direct instructional cost per student credit hour,
 *   by discipline and level (roughly $200–$600: nursing and engineering high, business and psychology low, graduate
 *   and doctoral teaching higher); an added student mostly fills seats in sections that run anyway, so the marginal
 *   cost is taken as about half of that average ("cost study" below), more where each student needs supervised
 *   practice (clinical nursing, doctoral supervision).
 * - capacity: new entrants a year that a program's binding resource allows (clinical placements, lab seats,
 *   supervisors), a little above today's; null where nothing binds.
 */
const programs: ProgramSeed[] = [
  {
    code: 'BS-CS',
    title: 'B.S. Computer Science',
    level: 'BACHELOR',
    modality: 'ON_CAMPUS',
    cipCode: '11.0701',
    totalCredits: 120,
    durationYears: 4,
    tuitionPerCredit: 450,
    status: 'ACTIVE',
    annualProspects: 2400,
    annualNewEnrollments: 310,
    engagementRate: 0.62,
    retentionRate: 0.84,
    prospectGrowthRate: 0.02,
    capacity: null, // no limit on entrants
    discountRate: 0.35, // aid data: bachelor's, below the private-college average
    instructionalCostPerCredit: 170, // cost study: computing, half of a mid-range $340 average (labs)
  },
  {
    code: 'BS-BUS',
    title: 'B.S. Business Administration',
    level: 'BACHELOR',
    modality: 'HYBRID',
    cipCode: '52.0201',
    totalCredits: 120,
    durationYears: 4,
    tuitionPerCredit: 420,
    status: 'ACTIVE',
    annualProspects: 3100,
    annualNewEnrollments: 420,
    engagementRate: 0.58,
    retentionRate: 0.81,
    prospectGrowthRate: 0.01,
    capacity: null, // no limit on entrants
    discountRate: 0.4, // aid data: bachelor's, business discounts to recruit
    instructionalCostPerCredit: 120, // cost study: business, half of a low $240 average (large lectures)
  },
  {
    code: 'BSN',
    title: 'B.S. Nursing',
    level: 'BACHELOR',
    modality: 'ON_CAMPUS',
    cipCode: '51.3801',
    totalCredits: 120,
    durationYears: 4,
    tuitionPerCredit: 480,
    status: 'ACTIVE',
    annualProspects: 1900,
    annualNewEnrollments: 180,
    engagementRate: 0.71,
    retentionRate: 0.9,
    prospectGrowthRate: 0.015,
    capacity: 200, // clinical placements with partner hospitals
    discountRate: 0.3, // aid data: bachelor's in high demand: less aid to fill seats
    instructionalCostPerCredit: 330, // cost study: nursing, 60% of a high $560 average (supervised clinicals)
  },
  {
    code: 'BS-DS',
    title: 'B.S. Data Science (Online)',
    level: 'BACHELOR',
    modality: 'ONLINE',
    cipCode: '30.7001',
    totalCredits: 120,
    durationYears: 4,
    tuitionPerCredit: 390,
    status: 'ACTIVE',
    annualProspects: 1500,
    annualNewEnrollments: 160,
    engagementRate: 0.55,
    retentionRate: 0.78,
    prospectGrowthRate: 0.05,
    capacity: null, // no limit on entrants
    discountRate: 0.2, // aid data: online adult transfers: little institutional aid
    instructionalCostPerCredit: 150, // cost study: data science, half of a $300 average (online sections)
  },
  {
    code: 'BA-PSY',
    title: 'B.A. Psychology',
    level: 'BACHELOR',
    modality: 'ON_CAMPUS',
    cipCode: '42.0101',
    totalCredits: 120,
    durationYears: 4,
    tuitionPerCredit: 420,
    status: 'ACTIVE',
    annualProspects: 2000,
    annualNewEnrollments: 260,
    engagementRate: 0.57,
    retentionRate: 0.8,
    prospectGrowthRate: 0,
    capacity: null, // no limit on entrants
    discountRate: 0.45, // aid data: bachelor's, a liberal-arts major discounted to recruit
    instructionalCostPerCredit: 110, // cost study: psychology, half of a low $220 average (large lectures)
  },
  {
    code: 'AAS-NUR',
    title: 'A.A.S. Nursing',
    level: 'ASSOCIATE',
    modality: 'ON_CAMPUS',
    cipCode: '51.3801',
    totalCredits: 60,
    durationYears: 2,
    tuitionPerCredit: 260,
    status: 'ACTIVE',
    annualProspects: 1100,
    annualNewEnrollments: 120,
    engagementRate: 0.68,
    retentionRate: 0.86,
    prospectGrowthRate: 0.01,
    capacity: 130, // clinical placements and simulation-lab seats
    discountRate: 0.15, // aid data: associate: low tuition, aid mostly federal (Pell)
    instructionalCostPerCredit: 200, // cost study: nursing, 60% of a $330 community-college average (clinicals)
  },
  {
    code: 'AAS-CYB',
    title: 'A.A.S. Cybersecurity',
    level: 'ASSOCIATE',
    modality: 'HYBRID',
    cipCode: '11.1003',
    totalCredits: 60,
    durationYears: 2,
    tuitionPerCredit: 240,
    status: 'ACTIVE',
    annualProspects: 800,
    annualNewEnrollments: 140,
    engagementRate: 0.52,
    retentionRate: 0.74,
    prospectGrowthRate: 0.04,
    capacity: null, // no limit on entrants
    discountRate: 0.15, // aid data: associate: low tuition, aid mostly federal (Pell)
    instructionalCostPerCredit: 150, // cost study: cybersecurity, half of a $300 average (lab ranges)
  },
  {
    code: 'AA-LIB',
    title: 'A.A. Liberal Studies (Online)',
    level: 'ASSOCIATE',
    modality: 'ONLINE',
    cipCode: '24.0101',
    totalCredits: 60,
    durationYears: 2,
    tuitionPerCredit: 210,
    status: 'ARCHIVED',
    annualProspects: 700,
    annualNewEnrollments: 150,
    engagementRate: 0.44,
    retentionRate: 0.66,
    prospectGrowthRate: -0.06,
    capacity: null, // no limit on entrants
    discountRate: 0.1, // aid data: online associate: little institutional aid
    instructionalCostPerCredit: 90, // cost study: general education online, half of a low $180 average
  },
  {
    code: 'MBA-ONL',
    title: 'MBA (Online)',
    level: 'MASTER',
    modality: 'ONLINE',
    cipCode: '52.0201',
    totalCredits: 36,
    durationYears: 2,
    tuitionPerCredit: 950,
    status: 'ACTIVE',
    annualProspects: 1800,
    annualNewEnrollments: 210,
    engagementRate: 0.6,
    retentionRate: 0.88,
    prospectGrowthRate: 0.03,
    capacity: null, // no limit on entrants
    discountRate: 0.15, // aid data: graduate, often employer-sponsored
    instructionalCostPerCredit: 160, // cost study: graduate business, half of a $320 average
  },
  {
    code: 'MS-DS',
    title: 'M.S. Data Science',
    level: 'MASTER',
    modality: 'HYBRID',
    cipCode: '30.7001',
    totalCredits: 30,
    durationYears: 1.5,
    tuitionPerCredit: 1100,
    status: 'ACTIVE',
    annualProspects: 1400,
    annualNewEnrollments: 120,
    engagementRate: 0.66,
    retentionRate: 0.9,
    prospectGrowthRate: 0.06,
    capacity: null, // no limit on entrants
    discountRate: 0.2, // aid data: graduate, merit scholarships for some entrants
    instructionalCostPerCredit: 210, // cost study: graduate data science, half of a $420 average (small cohorts)
  },
  {
    code: 'MPH-ONL',
    title: 'Master of Public Health (Online)',
    level: 'MASTER',
    modality: 'ONLINE',
    cipCode: '51.2201',
    totalCredits: 42,
    durationYears: 2,
    tuitionPerCredit: 780,
    status: 'ACTIVE',
    annualProspects: 950,
    annualNewEnrollments: 95,
    engagementRate: 0.63,
    retentionRate: 0.87,
    prospectGrowthRate: 0.02,
    capacity: null, // no limit on entrants
    discountRate: 0.15, // aid data: graduate online, modest scholarships
    instructionalCostPerCredit: 190, // cost study: graduate public health online, half of a $380 average
  },
  {
    code: 'UC-DA',
    title: 'Undergraduate Certificate in Data Analytics',
    level: 'CERTIFICATE',
    modality: 'ONLINE',
    cipCode: '30.7101',
    totalCredits: 15,
    durationYears: 1,
    tuitionPerCredit: 400,
    status: 'ACTIVE',
    annualProspects: 1200,
    annualNewEnrollments: 180,
    engagementRate: 0.5,
    retentionRate: 0.72,
    prospectGrowthRate: 0.08,
    capacity: null, // no limit on entrants
    discountRate: 0.05, // aid data: a certificate for working adults: almost no aid
    instructionalCostPerCredit: 130, // cost study: courses shared with the online bachelor's, half of $260
  },
  {
    code: 'GC-AI',
    title: 'Graduate Certificate in Applied Artificial Intelligence',
    level: 'CERTIFICATE',
    modality: 'HYBRID',
    cipCode: '11.0102',
    totalCredits: 18,
    durationYears: 1,
    tuitionPerCredit: 850,
    status: 'PLANNED',
    annualProspects: 600,
    annualNewEnrollments: 60,
    engagementRate: 0.6,
    retentionRate: 0.85,
    prospectGrowthRate: 0.1,
    capacity: 75, // GPU lab seats for the hybrid sessions
    discountRate: 0.1, // aid data: graduate certificate, a few partner scholarships
    instructionalCostPerCredit: 225, // cost study: graduate computing with GPU lab time, half of $450
  },
  {
    code: 'PHD-CS',
    title: 'Ph.D. Computer Science',
    level: 'DOCTORATE',
    modality: 'ON_CAMPUS',
    cipCode: '11.0701',
    totalCredits: 72,
    durationYears: 5,
    tuitionPerCredit: 1100,
    status: 'ACTIVE',
    annualProspects: 320,
    annualNewEnrollments: 14,
    engagementRate: 0.78,
    retentionRate: 0.93,
    prospectGrowthRate: 0,
    capacity: 16, // faculty able to supervise new doctoral students
    discountRate: 0.9, // aid data: funded doctorate: tuition remitted with assistantships
    instructionalCostPerCredit: 600, // cost study: doctoral supervision, two thirds of a $900 average
  },
  {
    code: 'EDD-EL',
    title: 'Ed.D. Educational Leadership',
    level: 'DOCTORATE',
    modality: 'HYBRID',
    cipCode: '13.0401',
    totalCredits: 54,
    durationYears: 3,
    tuitionPerCredit: 900,
    status: 'ACTIVE',
    annualProspects: 260,
    annualNewEnrollments: 30,
    engagementRate: 0.7,
    retentionRate: 0.89,
    prospectGrowthRate: 0.01,
    capacity: null, // no limit on entrants
    discountRate: 0.25, // aid data: practitioner doctorate, mostly self- or district-funded
    instructionalCostPerCredit: 260, // cost study: practitioner doctorate, half of a $520 average (cohort seminars)
  },
];

/*
 * occupations: the SOC 2018 codes (all in seeds/labor-market/occupations.csv) of the jobs each issuer names on the
 * credential's page as its career paths (Google's and IBM's "job titles"/"prepare for a career as" lists on
 * Coursera, AWS's and Microsoft's role-based certification pages, Meta's marketing certificate page), mapped to SOC
 * by us: the issuers publish job titles, not SOC codes. They are seeded as the issuer's assertion
 * (ASSERTED_BY_ISSUER) because they are the issuer's own career claims; a planner can replace them
 * (setCredentialOccupations). Credentials whose issuers publish no career path (fundamentals, short skills
 * badges, university courses, BLS Provider, NHS training) have none, so their relevance stays unknown.
 */
const credentials: CredentialSeed[] = [
  // --- credit-bearing, US credit hours ---
  {
    key: 'google_data_analytics',
    occupations: ['13-1111', '13-1161', '15-2051'],
    title: 'Google Data Analytics Professional Certificate',
    issuer: 'Google',
    description:
      'Entry-level data analytics: asking questions, cleaning and analysing data with spreadsheets, SQL and R, and presenting findings with Tableau. Offered on Coursera.',
    url: 'https://www.coursera.org/professional-certificates/google-data-analytics',
    skills: ['Data analysis', 'SQL', 'Spreadsheets', 'R programming', 'Tableau', 'Data visualization'],
    category: 'Data',
    achievementType: 'Certificate',
    creditValue: 12,
    creditUnit: 'US_CREDIT_HOUR',
    learningHours: 180,
    eqfLevel: 4,
    creditRecognition: 'ACE_RECOMMENDED',
    costPerLearner: 294,
    setupCost: 3000,
    externalId: 'https://credentials.example.org/achievements/google-data-analytics',
  },
  {
    key: 'google_cybersecurity',
    occupations: ['15-1212', '15-1244'],
    title: 'Google Cybersecurity Professional Certificate',
    issuer: 'Google',
    description:
      'Foundations of security operations: networks, Linux, SQL, Python automation, SIEM tools and incident response. Offered on Coursera.',
    url: 'https://www.coursera.org/professional-certificates/google-cybersecurity',
    skills: ['Network security', 'Linux', 'Python', 'SIEM tools', 'Incident response', 'Risk management'],
    category: 'Cybersecurity',
    achievementType: 'Certificate',
    creditValue: 12,
    creditUnit: 'US_CREDIT_HOUR',
    learningHours: 170,
    eqfLevel: 4,
    creditRecognition: 'ACE_RECOMMENDED',
    costPerLearner: 294,
    setupCost: 3500,
  },
  {
    key: 'google_project_management',
    occupations: ['13-1082'],
    title: 'Google Project Management Professional Certificate',
    issuer: 'Google',
    description:
      'Traditional and Agile project management: initiating, planning and executing projects, stakeholder management and Scrum. Offered on Coursera.',
    url: 'https://www.coursera.org/professional-certificates/google-project-management',
    skills: ['Project planning', 'Agile', 'Scrum', 'Stakeholder management', 'Risk management'],
    category: 'Business',
    achievementType: 'Certificate',
    creditValue: 9,
    creditUnit: 'US_CREDIT_HOUR',
    learningHours: 140,
    eqfLevel: 4,
    creditRecognition: 'ACE_RECOMMENDED',
    costPerLearner: 294,
    setupCost: 2500,
  },
  {
    key: 'ibm_data_science',
    occupations: ['15-2041', '15-2051'],
    title: 'IBM Data Science Professional Certificate',
    issuer: 'IBM',
    description:
      'Data science with Python and SQL: data wrangling, visualisation, machine learning and a capstone project in Jupyter notebooks. Offered on Coursera.',
    url: 'https://www.coursera.org/professional-certificates/ibm-data-science',
    skills: ['Python', 'SQL', 'Machine learning', 'Jupyter', 'Data visualization'],
    category: 'Data',
    achievementType: 'Certificate',
    creditValue: 12,
    creditUnit: 'US_CREDIT_HOUR',
    learningHours: 160,
    eqfLevel: 5,
    creditRecognition: 'ACE_RECOMMENDED',
    costPerLearner: 294,
    setupCost: 3000,
    externalId: 'https://credentials.example.org/achievements/ibm-data-science',
  },
  {
    key: 'ibm_generative_ai_engineering',
    occupations: ['15-1252', '15-2051'],
    title: 'IBM Generative AI Engineering Professional Certificate',
    issuer: 'IBM',
    description:
      'Building applications on large language models: prompt design, retrieval-augmented generation, fine-tuning and deployment with PyTorch, Hugging Face and LangChain. Offered on Coursera.',
    skills: ['Large language models', 'Prompt engineering', 'Retrieval-augmented generation', 'PyTorch', 'LangChain'],
    category: 'Generative AI',
    achievementType: 'Certificate',
    creditValue: 6,
    creditUnit: 'US_CREDIT_HOUR',
    learningHours: 150,
    eqfLevel: 6,
    creditRecognition: 'INSTITUTION',
    costPerLearner: 294,
    setupCost: 4000,
  },
  {
    key: 'aws_cloud_solutions_architect',
    occupations: ['15-1241', '15-1244', '15-1299'],
    title: 'AWS Cloud Solutions Architect Professional Certificate',
    issuer: 'Amazon Web Services (AWS)',
    description:
      'Designing resilient, secure and cost-effective architectures on AWS; prepares for the AWS Certified Solutions Architect – Associate exam. Offered on Coursera.',
    skills: ['Cloud architecture', 'AWS', 'Networking', 'Identity and access management', 'Cost optimisation'],
    category: 'Cloud',
    achievementType: 'Certificate',
    creditValue: 3,
    creditUnit: 'US_CREDIT_HOUR',
    learningHours: 100,
    eqfLevel: 5,
    creditRecognition: 'INSTITUTION',
    costPerLearner: 196,
    setupCost: 2500,
  },
  {
    key: 'meta_social_media_marketing',
    occupations: ['13-1161'],
    title: 'Meta Social Media Marketing Professional Certificate',
    issuer: 'Meta',
    description:
      'Planning, running and measuring social media marketing campaigns, including paid advertising on Meta platforms. Offered on Coursera.',
    url: 'https://www.coursera.org/professional-certificates/facebook-social-media-marketing',
    skills: ['Social media marketing', 'Digital advertising', 'Content strategy', 'Marketing analytics'],
    category: 'Business',
    achievementType: 'Certificate',
    creditValue: 6,
    creditUnit: 'US_CREDIT_HOUR',
    learningHours: 120,
    eqfLevel: 4,
    creditRecognition: 'ACE_RECOMMENDED',
    costPerLearner: 245,
    setupCost: 2000,
  },
  {
    key: 'wharton_business_foundations',
    title: 'Business Foundations Specialization',
    issuer: 'University of Pennsylvania (The Wharton School), on Coursera',
    description: 'Introductory marketing, financial accounting, operations and corporate finance, with a capstone.',
    url: 'https://www.coursera.org/specializations/wharton-business-foundations',
    skills: ['Marketing', 'Financial accounting', 'Operations management', 'Corporate finance'],
    category: 'Business',
    achievementType: 'Certificate',
    creditValue: 3,
    creditUnit: 'US_CREDIT_HOUR',
    learningHours: 90,
    eqfLevel: 5,
    creditRecognition: 'INSTITUTION',
    costPerLearner: 237,
    setupCost: 2000,
  },
  // --- credit-bearing, ECTS and UK CATS ---
  {
    key: 'tudelft_applied_machine_learning',
    title: 'Applied Machine Learning (micro-credential)',
    issuer: 'Delft University of Technology',
    description:
      'A postgraduate-level micro-credential on supervised and unsupervised learning, model evaluation and responsible deployment, assessed by a graded project.',
    skills: ['Machine learning', 'Model evaluation', 'Python', 'Responsible AI'],
    category: 'Data',
    achievementType: 'MicroCredential',
    creditValue: 5,
    creditUnit: 'ECTS',
    learningHours: 140,
    eqfLevel: 7,
    creditRecognition: 'ECTS_ACCREDITED',
    costPerLearner: 995,
    setupCost: 5000,
    externalId: 'https://credentials.example.org/achievements/tudelft-applied-ml',
  },
  {
    key: 'dcu_leading_digital_transformation',
    title: 'Leading Digital Transformation (micro-credential)',
    issuer: 'Dublin City University',
    description:
      'A postgraduate micro-credential on digital strategy, change leadership and data-driven decision-making in organisations.',
    skills: ['Digital strategy', 'Change management', 'Leadership', 'Data-driven decision-making'],
    category: 'Business',
    achievementType: 'MicroCredential',
    creditValue: 5,
    creditUnit: 'ECTS',
    learningHours: 125,
    eqfLevel: 7,
    creditRecognition: 'ECTS_ACCREDITED',
    costPerLearner: 1050,
    setupCost: 4000,
  },
  {
    key: 'open_university_digital_health',
    title: 'Digital Health and Clinical Informatics (microcredential)',
    issuer: 'The Open University (UK)',
    description:
      'An undergraduate-level microcredential on electronic health records, health data standards and safe use of digital tools in clinical practice.',
    skills: ['Health informatics', 'Electronic health records', 'Health data standards', 'Patient safety'],
    category: 'Health',
    achievementType: 'MicroCredential',
    creditValue: 15,
    creditUnit: 'UK_CATS',
    learningHours: 150,
    eqfLevel: 6,
    creditRecognition: 'INSTITUTION',
    costPerLearner: 1100,
    setupCost: 4500,
  },
  // --- non-credit ---
  {
    key: 'google_ai_essentials',
    title: 'Google AI Essentials',
    issuer: 'Google',
    description:
      'A short, non-credit course on using generative AI tools at work: prompting, productivity and responsible use. Offered on Coursera.',
    url: 'https://www.coursera.org/learn/google-ai-essentials',
    skills: ['Prompt engineering', 'Generative AI tools', 'Responsible AI'],
    category: 'Generative AI',
    achievementType: 'Certificate',
    learningHours: 10,
    creditRecognition: 'NONE',
    costPerLearner: 49,
    setupCost: 500,
  },
  {
    key: 'vanderbilt_prompt_engineering',
    title: 'Prompt Engineering for ChatGPT',
    issuer: 'Vanderbilt University, on Coursera',
    description: 'A non-credit course on writing effective prompts and prompt patterns for large language models.',
    url: 'https://www.coursera.org/learn/prompt-engineering',
    skills: ['Prompt engineering', 'Large language models', 'Generative AI tools'],
    category: 'Generative AI',
    achievementType: 'Certificate',
    learningHours: 18,
    creditRecognition: 'NONE',
    costPerLearner: 49,
    setupCost: 500,
  },
  {
    key: 'microsoft_copilot_studio_applied_skill',
    title: 'Microsoft Applied Skills: Create agents in Microsoft Copilot Studio',
    issuer: 'Microsoft',
    description:
      'A scenario-based, non-credit assessment of building conversational agents with generative AI in Microsoft Copilot Studio.',
    skills: ['Generative AI agents', 'Microsoft Copilot Studio', 'Low-code development'],
    category: 'Generative AI',
    achievementType: 'Badge',
    learningHours: 8,
    creditRecognition: 'NONE',
    costPerLearner: 0,
    setupCost: 750,
  },
  {
    key: 'microsoft_azure_fundamentals',
    title: 'Microsoft Certified: Azure Fundamentals (AZ-900)',
    issuer: 'Microsoft',
    description:
      'An industry certification exam covering cloud concepts, core Azure services, security, pricing and governance.',
    url: 'https://learn.microsoft.com/en-us/credentials/certifications/azure-fundamentals/',
    skills: ['Cloud computing', 'Microsoft Azure', 'Cloud security', 'Cloud pricing'],
    category: 'Cloud',
    achievementType: 'Certification',
    learningHours: 20,
    creditRecognition: 'NONE',
    costPerLearner: 99,
    setupCost: 1000,
  },
  {
    key: 'microsoft_power_bi_data_analyst',
    occupations: ['13-1111', '15-2051'],
    title: 'Microsoft Certified: Power BI Data Analyst Associate (PL-300)',
    issuer: 'Microsoft',
    description:
      'An industry certification exam on preparing, modelling, visualising and analysing data with Power BI.',
    url: 'https://learn.microsoft.com/en-us/credentials/certifications/power-bi-data-analyst-associate/',
    skills: ['Power BI', 'Data modelling', 'DAX', 'Data visualization'],
    category: 'Data',
    achievementType: 'Certification',
    learningHours: 60,
    creditRecognition: 'NONE',
    costPerLearner: 165,
    setupCost: 1500,
  },
  {
    key: 'aws_cloud_practitioner',
    title: 'AWS Certified Cloud Practitioner',
    issuer: 'Amazon Web Services (AWS)',
    description:
      'A foundational industry certification exam covering AWS cloud concepts, core services, security and billing.',
    url: 'https://aws.amazon.com/certification/certified-cloud-practitioner/',
    skills: ['Cloud computing', 'AWS', 'Cloud security', 'Cloud pricing'],
    category: 'Cloud',
    achievementType: 'Certification',
    learningHours: 30,
    creditRecognition: 'NONE',
    costPerLearner: 100,
    setupCost: 1000,
  },
  {
    key: 'aha_bls_provider',
    title: 'BLS Provider (Basic Life Support)',
    issuer: 'American Heart Association',
    description:
      'Basic life support for healthcare professionals: high-quality CPR, AED use and team resuscitation, with a hands-on skills test. Renewed every two years.',
    url: 'https://cpr.heart.org/en/courses/basic-life-support-course-options',
    skills: ['CPR', 'AED use', 'Resuscitation teamwork'],
    category: 'Health',
    achievementType: 'Certification',
    learningHours: 4,
    creditRecognition: 'NONE',
    costPerLearner: 85,
    setupCost: 1200,
  },
  {
    key: 'nhs_data_security_awareness',
    title: 'Data Security Awareness – Level 1',
    issuer: 'NHS England (e-Learning for Healthcare)',
    description:
      'Mandatory-style e-learning for health and care staff on protecting patient information, data-protection law and reporting breaches.',
    url: 'https://www.e-lfh.org.uk/programmes/data-security-awareness/',
    skills: ['Information governance', 'Data protection', 'Patient confidentiality'],
    category: 'Health',
    achievementType: 'CertificateOfCompletion',
    learningHours: 1.5,
    creditRecognition: 'NONE',
    costPerLearner: 0,
    setupCost: 300,
  },
];

const embeddings: EmbeddingSeed[] = [
  // B.S. Computer Science — cap 30 credit hours; applied 6
  {
    programCode: 'BS-CS',
    credentialKey: 'ibm_generative_ai_engineering',
    creditsApplied: 6,
    requirement: 'ELECTIVE',
    takeUpRate: 0.35,
    displacesTuition: false,
    startYear: 2024,
    status: 'ACTIVE',
  },
  {
    programCode: 'BS-CS',
    credentialKey: 'google_ai_essentials',
    creditsApplied: 0,
    requirement: 'CORE',
    displacesTuition: false,
    startYear: 2024,
    status: 'ACTIVE',
  },
  {
    programCode: 'BS-CS',
    credentialKey: 'aws_cloud_practitioner',
    creditsApplied: 0,
    requirement: 'ADD_ON',
    takeUpRate: 0.15,
    displacesTuition: false,
    startYear: 2023,
    status: 'ACTIVE',
  },
  // B.S. Data Science (Online) — cap 30; applied 21. The Google certificate replaces 12 paid credits.
  {
    programCode: 'BS-DS',
    credentialKey: 'google_data_analytics',
    creditsApplied: 12,
    requirement: 'CORE',
    displacesTuition: true,
    startYear: 2023,
    status: 'ACTIVE',
  },
  {
    programCode: 'BS-DS',
    credentialKey: 'ibm_data_science',
    creditsApplied: 9,
    requirement: 'ELECTIVE',
    displacesTuition: false,
    startYear: 2023,
    status: 'ACTIVE',
  },
  {
    programCode: 'BS-DS',
    credentialKey: 'microsoft_power_bi_data_analyst',
    creditsApplied: 0,
    requirement: 'ADD_ON',
    displacesTuition: false,
    startYear: 2024,
    status: 'ACTIVE',
  },
  // B.S. Business Administration — cap 30; applied 12
  {
    programCode: 'BS-BUS',
    credentialKey: 'google_project_management',
    creditsApplied: 6,
    requirement: 'ELECTIVE',
    displacesTuition: false,
    startYear: 2024,
    status: 'ACTIVE',
  },
  {
    programCode: 'BS-BUS',
    credentialKey: 'meta_social_media_marketing',
    creditsApplied: 6,
    requirement: 'ELECTIVE',
    takeUpRate: 0.25,
    displacesTuition: false,
    startYear: 2024,
    status: 'ACTIVE',
  },
  // B.S. Nursing — cap 30; applied 3 (planned: 15 UK CATS = 7.5 ECTS = 3.75 US credit hours, 3 applied)
  {
    programCode: 'BSN',
    credentialKey: 'aha_bls_provider',
    creditsApplied: 0,
    requirement: 'CORE',
    displacesTuition: false,
    startYear: 2022,
    status: 'ACTIVE',
  },
  {
    programCode: 'BSN',
    credentialKey: 'open_university_digital_health',
    creditsApplied: 3,
    requirement: 'ELECTIVE',
    displacesTuition: false,
    startYear: 2026,
    status: 'PLANNED',
  },
  // A.A.S. Nursing — cap 15
  {
    programCode: 'AAS-NUR',
    credentialKey: 'aha_bls_provider',
    creditsApplied: 0,
    requirement: 'CORE',
    displacesTuition: false,
    startYear: 2022,
    status: 'ACTIVE',
  },
  // A.A.S. Cybersecurity — cap 15; applied 12
  {
    programCode: 'AAS-CYB',
    credentialKey: 'google_cybersecurity',
    creditsApplied: 12,
    requirement: 'CORE',
    displacesTuition: false,
    startYear: 2023,
    status: 'ACTIVE',
  },
  {
    programCode: 'AAS-CYB',
    credentialKey: 'microsoft_azure_fundamentals',
    creditsApplied: 0,
    requirement: 'ADD_ON',
    displacesTuition: false,
    startYear: 2024,
    status: 'ACTIVE',
  },
  // MBA (Online) — cap 9; applied 2.5 (5 ECTS = 2.5 US credit hours). Wharton foundations retired (not counted).
  {
    programCode: 'MBA-ONL',
    credentialKey: 'dcu_leading_digital_transformation',
    creditsApplied: 2.5,
    requirement: 'ELECTIVE',
    displacesTuition: false,
    startYear: 2024,
    status: 'ACTIVE',
  },
  {
    programCode: 'MBA-ONL',
    credentialKey: 'vanderbilt_prompt_engineering',
    creditsApplied: 0,
    requirement: 'ADD_ON',
    displacesTuition: false,
    startYear: 2024,
    status: 'ACTIVE',
  },
  {
    programCode: 'MBA-ONL',
    credentialKey: 'wharton_business_foundations',
    creditsApplied: 3,
    requirement: 'ELECTIVE',
    displacesTuition: false,
    startYear: 2021,
    status: 'RETIRED',
  },
  // M.S. Data Science — cap 7.5; applied 5.5
  {
    programCode: 'MS-DS',
    credentialKey: 'tudelft_applied_machine_learning',
    creditsApplied: 2.5,
    requirement: 'ELECTIVE',
    displacesTuition: false,
    startYear: 2024,
    status: 'ACTIVE',
  },
  {
    programCode: 'MS-DS',
    credentialKey: 'aws_cloud_solutions_architect',
    creditsApplied: 3,
    requirement: 'ELECTIVE',
    displacesTuition: false,
    startYear: 2024,
    status: 'ACTIVE',
  },
  // Undergraduate Certificate in Data Analytics — cap 3.75; applied 3
  {
    programCode: 'UC-DA',
    credentialKey: 'google_data_analytics',
    creditsApplied: 3,
    requirement: 'CORE',
    displacesTuition: false,
    startYear: 2023,
    status: 'ACTIVE',
  },
  // Graduate Certificate in Applied AI (planned program) — cap 4.5; applied 3
  {
    programCode: 'GC-AI',
    credentialKey: 'ibm_generative_ai_engineering',
    creditsApplied: 3,
    requirement: 'CORE',
    displacesTuition: false,
    startYear: 2026,
    status: 'PLANNED',
  },
];

// ---------------------------------------------------------------------------------------------
// Metric observations: deterministic, seeded per program.
// ---------------------------------------------------------------------------------------------

const METRIC_YEARS = [2022, 2023, 2024] as const;
const BASELINE_YEAR = 2024;

/** FNV-1a 32-bit hash of a string, used as a PRNG seed. */
function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small deterministic PRNG returning floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round4 = (x: number): number => Math.round(x * 10000) / 10000;
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

function rate(
  programCode: string,
  academicYear: number,
  metric: 'ENGAGEMENT_RATE' | 'RETENTION_RATE',
  target: number,
  denominator: number,
): MetricSeed {
  const numerator = clamp(Math.round(target * denominator), 1, denominator - 1);
  return { programCode, academicYear, metric, value: round4(numerator / denominator), numerator, denominator };
}

function programMetrics(p: ProgramSeed): MetricSeed[] {
  if (p.status === 'PLANNED') return [];
  const rand = mulberry32(hashSeed(`northbridge:${p.code}`));
  const jitter = (amplitude: number): number => (rand() * 2 - 1) * amplitude;
  const cohortYears = Math.ceil(p.durationYears);
  const out: MetricSeed[] = [];

  for (const year of METRIC_YEARS) {
    const k = BASELINE_YEAR - year; // years before the baseline year
    const latest = k === 0;
    const growthBack = Math.pow(1 + p.prospectGrowthRate, k);

    const prospects = latest ? p.annualProspects : Math.round((p.annualProspects / growthBack) * (1 + jitter(0.03)));
    const yieldRate = (p.annualNewEnrollments / p.annualProspects) * (latest ? 1 : 1 + jitter(0.04));
    const newEnrollments = latest ? p.annualNewEnrollments : clamp(Math.round(prospects * yieldRate), 1, prospects - 1);

    // Rates drift up a little towards the baseline year.
    const engagement = latest ? p.engagementRate : clamp(p.engagementRate - 0.008 * k + jitter(0.01), 0.02, 0.98);
    const retention = latest ? p.retentionRate : clamp(p.retentionRate - 0.006 * k + jitter(0.01), 0.02, 0.98);

    // Headcount: the cohorts present in the year, each thinned by annual continuation.
    let headcount = 0;
    for (let j = 0; j < cohortYears; j++) headcount += newEnrollments * Math.pow(retention, j);
    headcount = Math.max(2, Math.round(headcount));

    // Completions: the cohort that entered (cohortYears − 1) years earlier, thinned.
    const completions = Math.round(
      (newEnrollments / Math.pow(1 + p.prospectGrowthRate, cohortYears - 1)) *
        Math.pow(retention, cohortYears - 1) *
        (latest ? 1 : 1 + jitter(0.03)),
    );

    out.push(
      { programCode: p.code, academicYear: year, metric: 'PROSPECTS', value: prospects },
      { programCode: p.code, academicYear: year, metric: 'NEW_ENROLLMENTS', value: newEnrollments },
      rate(p.code, year, 'ENGAGEMENT_RATE', engagement, headcount),
      rate(p.code, year, 'RETENTION_RATE', retention, Math.max(2, newEnrollments)),
      { programCode: p.code, academicYear: year, metric: 'COMPLETIONS', value: completions },
    );
  }
  return out;
}

const metrics: MetricSeed[] = programs.flatMap(programMetrics);

export const demo: DemoSeed = { institution, programs, credentials, embeddings, metrics };
