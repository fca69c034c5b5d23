import type { ElementSummaries } from '../sections/element-summaries.js';

export const elementSummaries: ElementSummaries = {
  'back-surgery-guide': 'The whole patient guide, with a table of contents.',
  'candidacy-check': "A questionnaire that asks about emergency signs first and sums up the reader's answers, with no verdict.",
  'conservative-care': 'Treatments to try first, and the steps towards a decision about surgery.',
  'medical-disclaimer': 'Educational-only notice, emergency advice, review date, reviewer and sources.',
  'procedure-compare': 'Open surgery compared with minimally invasive and laser surgery.',
  'recovery-tips': 'What recovery after upper back surgery looks like, and what helps.',
  'risk-list': 'The risks of upper back surgery, with the warning signs that need urgent care.',
  'second-opinion': "Why and how to get a second opinion, with the clinic's contact details.",
  'surgery-faq': 'Questions patients ask, with plain answers that open on demand.',
  'surgery-overview': 'What upper back surgery is, when it is considered, and the common operations.',
};
