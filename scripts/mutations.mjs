// The mutations `npm run mutate` applies (scripts/mutate.mjs), one at a time: each is a change a
// careless edit could make to the questionnaire's logic, the sources and definitions, or the English
// content, and the test files that should notice it. `edits` are exact texts, each found once in its
// file (the run stops when one is not: the list is then stale). For a mutation no test should kill:
// `equivalent`, why no reader could tell the difference; `reviewersCall`, why only the medical
// reviewer, who signs the packet that prints every item, can judge the change.

const NEXT_STEPS = 'src/candidacy-check/next-steps.ts';
const CANDIDACY = 'src/candidacy-check/candidacy-check.component.ts';
const REFERENCES = 'src/shared/references.ts';
const SOURCE_TEXT = 'src/shared/source-text.ts';

const one = (file, find, replace) => [{ file, find, replace }];
/** Two neighbouring blocks of a file in the other order. */
const swap = (file, first, second) => ({ file, find: first + second, replace: second + first });

const QUESTIONNAIRE_TESTS = ['tests/candidacy-check.test.ts'];
const REFERENCE_TESTS = ['tests/references.test.ts', 'tests/bibliography.test.ts', 'tests/medical-disclaimer.test.ts'];
const SOURCE_TEXT_TESTS = ['tests/references.test.ts', 'tests/content-sources.test.ts'];
const CONTENT_TESTS = ['tests/content.test.ts', 'tests/content-sources.test.ts'];

export const MUTATIONS = [
  // ——— next-steps.ts: what the questionnaire suggests ———
  {
    id: 'next-steps-urgent-needs-two',
    what: 'an emergency sign counts only when two are ticked',
    edits: one(NEXT_STEPS, "if ((answers.urgent?.length ?? 0) > 0) return 'urgent';", "if ((answers.urgent?.length ?? 0) > 1) return 'urgent';"),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'next-steps-red-flags-ignored',
    what: 'a warning sign (see a doctor today) is ignored',
    edits: one(NEXT_STEPS, "  if ((answers.redFlags?.length ?? 0) > 0) return 'seeDoctorSoon';\n", ''),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'next-steps-triage-order-swapped',
    what: 'a warning sign outranks an emergency sign',
    edits: [
      swap(NEXT_STEPS, "  if ((answers.urgent?.length ?? 0) > 0) return 'urgent';\n", "  if ((answers.redFlags?.length ?? 0) > 0) return 'seeDoctorSoon';\n"),
    ],
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'next-steps-urgent-not-alone',
    what: 'an urgent step comes with "get a second opinion" beside it',
    edits: one(NEXT_STEPS, 'if (triage) return [triage];', "if (triage) return [triage, 'secondOpinion'];"),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'next-steps-check-soon-for-longer-pain',
    what: '"get it checked within days" also for pain of 6 weeks to 3 months',
    edits: one(NEXT_STEPS, "if (duration === 'under-6-weeks') steps.push('checkWithinDays');", "if (duration !== 'over-3-months') steps.push('checkWithinDays');"),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'next-steps-tried-negated',
    what: '"try conservative care" for those who have tried it, not those who have not',
    edits: one(NEXT_STEPS, 'else if (!tried)', 'else if (tried)'),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'next-steps-specialist-needs-both',
    what: 'a specialist only for long pain that also keeps coming back',
    edits: one(NEXT_STEPS, "duration === 'over-3-months' || recurring === 'yes'", "duration === 'over-3-months' && recurring === 'yes'"),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'next-steps-recurring-ignored',
    what: 'pain that keeps coming back no longer suggests a specialist',
    edits: one(NEXT_STEPS, "|| recurring === 'yes' ", ''),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'next-steps-specialist-untried',
    what: 'a specialist after 6 weeks for those who tried nothing, not those who did',
    edits: one(NEXT_STEPS, "(duration === '6-weeks-to-3-months' && tried)", "(duration === '6-weeks-to-3-months' && !tried)"),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'next-steps-no-second-opinion',
    what: 'the second opinion is never suggested',
    edits: one(NEXT_STEPS, "  steps.push('secondOpinion');\n", ''),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'next-steps-see-doctor-not-urgent',
    what: '"see a doctor today" is not treated as a step that cannot wait',
    edits: one(NEXT_STEPS, "step === 'urgent' || step === 'seeDoctorSoon'", "step === 'urgent'"),
    tests: QUESTIONNAIRE_TESTS,
  },

  // ——— candidacy-check.component.ts: triage and submit ———
  {
    id: 'candidacy-required-before-urgent',
    what: 'an emergency answer is held back until the required questions are answered',
    edits: one(CANDIDACY, 'const missing = triageStep(answers) ? [] : QUESTIONS', 'const missing = QUESTIONS'),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'candidacy-required-inverted',
    what: 'a required question counts as missing when it is answered',
    edits: one(CANDIDACY, "kind === 'radio' && answers[id].length === 0", "kind === 'radio' && answers[id].length > 0"),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'candidacy-no-complete-event',
    what: 'no ubs-candidacy-complete event',
    edits: one(CANDIDACY, "    if (this.#answers) emit(this, 'ubs-candidacy-complete', { answers });\n", ''),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'candidacy-event-when-incomplete',
    what: 'ubs-candidacy-complete fires also when answers are missing',
    edits: one(CANDIDACY, "if (this.#answers) emit(this, 'ubs-candidacy-complete'", "if (answers) emit(this, 'ubs-candidacy-complete'"),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'candidacy-card-hidden-inverted',
    what: 'the care card shows for the other step (or none)',
    edits: one(CANDIDACY, 'if (card) card.hidden = triage !== step;', 'if (card) card.hidden = triage === step;'),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'candidacy-card-only-on-submit',
    what: 'a ticked emergency sign shows its card only after submitting',
    edits: one(CANDIDACY, ' @change=${this.#showState}', ''),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'candidacy-emergency-card-as-urgent',
    what: 'the emergency card is styled and announced as the same-day card',
    edits: one(CANDIDACY, "urgent: { level: 'emergency', after: 'urgent' }", "urgent: { level: 'urgent', after: 'urgent' }"),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'candidacy-next-steps-beside-urgent',
    what: 'the routine next steps are listed beside an urgent result',
    edits: one(CANDIDACY, '${urgentStep\n        ? nothing', '${false\n        ? nothing'),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'candidacy-no-focus-to-result',
    what: 'focus stays on the button after submitting',
    edits: one(CANDIDACY, "    if (target === 'result') this.renderRoot.querySelector<HTMLElement>('[part~=\"result\"]')?.focus();\n    else if", '    if'),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'candidacy-aria-invalid-never',
    what: 'an unanswered required question is never marked aria-invalid',
    edits: one(CANDIDACY, "input.setAttribute('aria-invalid', `${invalid}`);", "input.setAttribute('aria-invalid', 'false');"),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'candidacy-reset-keeps-summary',
    what: 'Start again keeps the old summary',
    edits: one(CANDIDACY, '    this.#missing = [];\n    this.#answers = undefined;\n', '    this.#missing = [];\n'),
    tests: QUESTIONNAIRE_TESTS,
  },
  {
    id: 'candidacy-emergency-asked-second',
    what: 'the warning signs are asked before the emergency signs',
    edits: [swap(CANDIDACY, "  { id: 'urgent', kind: 'checkbox' },\n", "  { id: 'redFlags', kind: 'checkbox' },\n")],
    tests: QUESTIONNAIRE_TESTS,
  },

  // ——— references.ts: markers, definitions, the list of sources ———
  {
    id: 'references-any-emergency-number',
    what: 'an emergencyNumber that is not a number is shown as given',
    edits: one(REFERENCES, 'if (isEmergencyNumber(value)) return value;', 'if (value) return value;'),
    tests: REFERENCE_TESTS,
  },
  {
    id: 'references-source-numbered-twice',
    what: 'a source cited twice gets two numbers',
    edits: one(REFERENCES, 'if (!this.#cited.includes(id)) this.#cited.push(id);', 'this.#cited.push(id);'),
    tests: REFERENCE_TESTS,
  },
  {
    id: 'references-single-source-unmarked',
    what: 'a statement with one source shows no marker',
    edits: one(REFERENCES, 'if (numbers.length === 0) return nothing;', 'if (numbers.length < 2) return nothing;'),
    tests: REFERENCE_TESTS,
  },
  {
    id: 'references-terms-defined-every-time',
    what: 'a medical word is defined every time it appears, not once',
    edits: one(REFERENCES, '    found.forEach((term) => this.#defined.add(term.id));\n', ''),
    tests: REFERENCE_TESTS,
  },
  {
    id: 'references-own-definition-inverted',
    what: 'a statement that explains a word gets the definition added, and one that does not marks it',
    edits: one(REFERENCES, 'match: explained.has(term.id) ?', 'match: !explained.has(term.id) ?'),
    tests: REFERENCE_TESTS,
  },
  {
    id: 'references-label-terms-ignored',
    what: 'a medical word in a title or label is never defined',
    edits: one(REFERENCES, '    for (const term of this.#newTerms(filled)) if (!this.#pending.includes(term)) this.#pending.push(term);\n', ''),
    tests: REFERENCE_TESTS,
  },
  {
    id: 'references-inside-words',
    what: 'a term is found inside a longer word',
    edits: one(REFERENCES, 'new RegExp(`(?<!${wordChar})(?:${forms.join(\'|\')})(?!${wordChar})`', "new RegExp(`(?:${forms.join('|')})`"),
    tests: REFERENCE_TESTS,
  },
  {
    id: 'references-shortest-form-first',
    what: "a term's shortest form is tried first (\"disc\" before \"herniated disc\")",
    edits: one(REFERENCES, '.sort((a, b) => b.length - a.length)', '.sort((a, b) => a.length - b.length)'),
    tests: REFERENCE_TESTS,
  },
  {
    id: 'references-count-off-by-one',
    what: 'the sources summary gives one fewer than it lists',
    edits: one(REFERENCES, "'count', String(count))", "'count', String(count - 1))"),
    tests: REFERENCE_TESTS,
  },
  {
    id: 'references-title-unlinked',
    what: 'a source title is not a link',
    edits: one(REFERENCES, '${link ? html`<a href=${link.href}>${text.title}</a>` : text.title}', '${text.title}'),
    tests: REFERENCE_TESTS,
  },
  {
    id: 'references-clinic-source-as-guide-own',
    what: "a clinic's source is marked as one of the guide's own (English) and the guide's as the clinic's",
    edits: one(REFERENCES, ', !Object.hasOwn(content.sources, id));', ', Object.hasOwn(content.sources, id));'),
    tests: REFERENCE_TESTS,
  },

  // ——— source-text.ts: one source, as readers and the reviewer see it ———
  {
    id: 'source-text-stop-after-question',
    what: 'a title ending in "?" gets a full stop too',
    edits: one(SOURCE_TEXT, '(/[.?!]$/.test(text.trim())', '(/[.!]$/.test(text.trim())'),
    tests: SOURCE_TEXT_TESTS,
  },
  {
    id: 'source-text-english-publisher-unmarked',
    what: "an English-only publisher is not marked lang=\"en\" in Spanish",
    edits: one(SOURCE_TEXT, "translated: lang === 'en' }", 'translated: true }'),
    tests: SOURCE_TEXT_TESTS,
  },
  {
    id: 'source-text-title-lang-dropped',
    what: 'an English title in the Spanish guide is not marked lang="en"',
    edits: one(SOURCE_TEXT, 'titleLang: titleLang === lang ? undefined : titleLang,', 'titleLang: undefined,'),
    tests: SOURCE_TEXT_TESTS,
  },
  {
    id: 'source-text-doi-before-page',
    what: 'the title links to the DOI even when the page read has an address',
    edits: one(SOURCE_TEXT, 'href: (page ?? doi)?.href,', 'href: (doi ?? page)?.href,'),
    tests: SOURCE_TEXT_TESTS,
  },
  {
    id: 'source-text-any-pmid',
    what: 'a PMID that is not a number becomes a PubMed link',
    edits: one(SOURCE_TEXT, "source.pmid && /^\\d{1,9}$/.test(source.pmid) ?", 'source.pmid ?'),
    tests: SOURCE_TEXT_TESTS,
  },
  {
    id: 'source-text-year-dropped',
    what: "a page's year is not shown",
    edits: one(SOURCE_TEXT, ": source.year !== undefined ? sentence(String(source.year)) : ''", ": ''"),
    tests: SOURCE_TEXT_TESTS,
  },
  {
    id: 'source-text-note-dropped',
    what: "a source's note (archived copy, lower back) is not shown",
    edits: one(SOURCE_TEXT, "      note ? sentence(note) : '',\n", ''),
    tests: SOURCE_TEXT_TESTS,
  },
  {
    id: 'source-text-read-date-dropped',
    what: 'the date a source was read is not shown',
    edits: one(SOURCE_TEXT, "      source.accessed ? sentence(readOn(source.accessed)) : '',\n", ''),
    tests: SOURCE_TEXT_TESTS,
  },

  // ——— English content (with the same change in Spanish where a structure test would catch the mismatch alone) ———
  {
    id: 'content-emergency-sign-dropped',
    what: 'the after-surgery emergency card loses "chest pain, or sudden trouble breathing" (en and es)',
    edits: [
      { file: 'src/content/en/warning-signs.ts', find: "      { sources: ['nhsDvt', 'nhsHeartAttack'], text: 'Chest pain, or sudden trouble breathing' },\n", replace: '' },
      { file: 'src/content/es/warning-signs.ts', find: "      { sources: ['nhsDvt', 'nhsHeartAttack'], text: 'Dolor en el pecho o dificultad repentina para respirar' },\n", replace: '' },
    ],
    tests: [...CONTENT_TESTS, 'tests/recovery-tips.test.ts', 'tests/risk-list.test.ts'],
  },
  {
    id: 'content-emergency-sign-to-surgeon-card',
    what: '"legs you cannot move" moves from the emergency card to "call your surgeon" (en)',
    edits: [
      { file: 'src/content/en/warning-signs.ts', find: "      { sources: ['nhsChoicesRecovery', 'patientInfoScc'], text: 'Legs you cannot move, or sudden new weakness or numbness in your legs' },\n", replace: '' },
      {
        file: 'src/content/en/warning-signs.ts',
        find: "      { sources: ['nhsChoicesRecovery'], text: 'A very bad headache' },\n",
        replace: "      { sources: ['nhsChoicesRecovery'], text: 'A very bad headache' },\n      { sources: ['nhsChoicesRecovery', 'patientInfoScc'], text: 'Legs you cannot move, or sudden new weakness or numbness in your legs' },\n",
      },
    ],
    tests: [...CONTENT_TESTS, 'tests/recovery-tips.test.ts', 'tests/risk-list.test.ts', 'tests/spanish.test.ts'],
  },
  {
    id: 'content-risk-figure-unsourced',
    what: 'the infection risk ("up to 1 in 25") loses its sources (en and es)',
    edits: [
      { file: 'src/content/en/risks.ts', find: "      sources: ['article', 'nhsRisks'],\n      name: 'Infection',", replace: "      sources: [],\n      name: 'Infection'," },
      { file: 'src/content/es/risks.ts', find: "      sources: ['article', 'nhsRisks'],\n      name: 'Infección',", replace: "      sources: [],\n      name: 'Infección'," },
    ],
    tests: [...CONTENT_TESTS, 'tests/risk-list.test.ts'],
  },
  {
    id: 'content-risk-dropped',
    what: 'the bleeding risk is dropped (en and es)',
    edits: [
      {
        file: 'src/content/en/risks.ts',
        find: "    {\n      id: 'bleeding',\n      common: true,\n      seeds: ['S17'],\n      sources: ['article'],\n      name: 'Bleeding',\n      detail: 'You may bleed during or after surgery.',\n    },\n",
        replace: '',
      },
      {
        file: 'src/content/es/risks.ts',
        find: "    {\n      id: 'bleeding',\n      common: true,\n      seeds: ['S17'],\n      sources: ['article'],\n      name: 'Sangrado',\n      detail: 'Puede sangrar durante o después de la cirugía.',\n    },\n",
        replace: '',
      },
    ],
    tests: [...CONTENT_TESTS, 'tests/risk-list.test.ts'],
  },
  {
    id: 'content-path-steps-swapped',
    what: 'the path to a decision puts the second opinion before the specialist (en and es)',
    edits: [
      swap(
        'src/content/en/conservative-care.ts',
        "    {\n      seeds: ['S2', 'S7'],\n      title: 'See a spine specialist',\n      body: [{ seeds: ['S2', 'S7'], sources: ['article'], text: 'If the pain does not get better, a spine specialist looks for the exact cause.' }],\n    },\n",
        "    {\n      seeds: ['S4'],\n      title: 'Get a second opinion',\n      body: [\n        {\n          seeds: ['S4'],\n          sources: ['article'],\n          text: 'If surgery is planned and is not an emergency, ask another qualified spine specialist for their view before you agree.',\n        },\n      ],\n    },\n",
      ),
      swap(
        'src/content/es/conservative-care.ts',
        "    {\n      seeds: ['S2', 'S7'],\n      title: 'Vea a un especialista en columna',\n      body: [{ seeds: ['S2', 'S7'], sources: ['article'], text: 'Si el dolor no mejora, un especialista en columna busca la causa exacta.' }],\n    },\n",
        "    {\n      seeds: ['S4'],\n      title: 'Pida una segunda opinión',\n      body: [\n        {\n          seeds: ['S4'],\n          sources: ['article'],\n          text: 'Si le planean una cirugía y no es una emergencia, pida su opinión a otro especialista en columna con experiencia antes de aceptar.',\n        },\n      ],\n    },\n",
      ),
    ],
    tests: [...CONTENT_TESTS, 'tests/conservative-care.test.ts'],
  },
  {
    id: 'content-habit-dropped',
    what: 'the healthy habit "quitting smoking" is dropped (en and es)',
    reviewersCall:
      'which habits to suggest is medical content with no rule a test could hold it to (the article says only "ask the doctor how to keep a healthy lifestyle"); the element shows whatever the list holds (recovery-tips.test.ts) and the packet prints every item (review-map.test.ts)',
    edits: [
      { file: 'src/content/en/recovery.ts', find: "    { seeds: ['S19'], text: 'Quitting smoking' },\n", replace: '' },
      { file: 'src/content/es/recovery.ts', find: "    { seeds: ['S19'], text: 'Dejar de fumar' },\n", replace: '' },
    ],
    tests: [...CONTENT_TESTS, 'tests/recovery-tips.test.ts'],
  },
  {
    id: 'content-urgent-option-dropped',
    what: 'the questionnaire no longer asks about chest pain (en and es)',
    edits: [
      { file: 'src/content/en/candidacy.ts', find: "        { id: 'chest-pain', label: 'Chest pain, trouble breathing, or sweating with your back pain' },\n", replace: '' },
      { file: 'src/content/es/candidacy.ts', find: "        { id: 'chest-pain', label: 'Dolor en el pecho, dificultad para respirar o sudor junto con el dolor de espalda' },\n", replace: '' },
    ],
    tests: [...CONTENT_TESTS, ...QUESTIONNAIRE_TESTS],
  },
  {
    id: 'content-figure-changed-in-english',
    what: 'the infection figure becomes "1 in 250" in English only',
    edits: one('src/content/en/risks.ts', 'this happens to up to 1 in 25 people.', 'this happens to up to 1 in 250 people.'),
    tests: [...CONTENT_TESTS, 'tests/spanish.test.ts', 'tests/risk-list.test.ts'],
  },
  {
    id: 'content-statement-unsourced',
    what: 'the first step of the path to a decision loses its sources (en and es)',
    edits: [
      { file: 'src/content/en/conservative-care.ts', find: "          sources: ['article', 'ucsfThoracicDisc'],\n          text: 'Start with treatments", replace: "          sources: [],\n          text: 'Start with treatments" },
      { file: 'src/content/es/conservative-care.ts', find: "          sources: ['article', 'ucsfThoracicDisc'],\n", replace: '          sources: [],\n' },
    ],
    tests: [...CONTENT_TESTS, 'tests/conservative-care.test.ts'],
  },
];
