import type { Term } from '../sections/references.js';

/**
 * Medical words and what they mean, in the words the guide already uses for them. Each element
 * adds a definition where it first uses the word; a definition names no other word of this list.
 */
export const terms: readonly Term[] = [
  {
    id: 'thoracicSpine',
    term: 'Upper back',
    definition: 'the part of your backbone at the level of your chest, between your neck and your lower back. Doctors call it the thoracic spine.',
    forms: ['upper back', 'thoracic spine', 'thoracic'],
  },
  {
    id: 'incision',
    term: 'Incision',
    definition: 'a cut the surgeon makes in the skin.',
    forms: ['incision', 'incisions'],
  },
  {
    id: 'conservativeCare',
    term: 'Conservative care',
    definition: 'treatment without an operation, such as medicine, exercise or massage.',
    forms: ['conservative care', 'conservative treatment'],
  },
  {
    id: 'discectomy',
    term: 'Discectomy',
    definition: 'an operation to take out all or part of a damaged disc. A disc is the soft cushion between the bones of the back.',
    forms: ['discectomy', 'discectomies'],
  },
  {
    id: 'herniatedDisc',
    term: 'Herniated disc',
    definition: 'a disc whose soft center pushes out. It can press on a nerve and cause pain. It is also called a slipped disc.',
    forms: ['herniated disc', 'herniated discs', 'herniation', 'slipped disc', 'slipped discs'],
  },
  {
    id: 'spinalFusion',
    term: 'Spinal fusion',
    definition: 'an operation that joins two or more bones of the back so they grow into one.',
    forms: ['spinal fusion', 'fusion', 'fusions'],
  },
  {
    id: 'decompression',
    term: 'Decompression',
    definition: 'an operation that makes more room for the nerves in the back.',
    forms: ['decompression', 'decompressions'],
  },
  {
    id: 'stenosis',
    term: 'Stenosis',
    definition: 'the space for the nerves in the back has become too narrow.',
    forms: ['stenosis', 'spinal stenosis'],
  },
  {
    id: 'generalAnesthesia',
    term: 'General anesthesia',
    definition: 'medicine that puts you fully to sleep for surgery.',
    forms: ['general anesthesia', 'general anaesthesia'],
  },
  {
    id: 'localAnesthesia',
    term: 'Local anesthesia',
    definition: 'medicine that numbs only one part of the body. You stay awake.',
    forms: ['local anesthesia', 'local anaesthesia'],
  },
  {
    id: 'sedation',
    term: 'Sedation',
    definition: 'medicine that makes you calm and sleepy.',
    forms: ['sedation', 'sedated'],
  },
  {
    id: 'spinalCord',
    term: 'Spinal cord',
    definition: 'the bundle of nerves that runs inside your backbone. It carries messages between your brain and your body.',
    forms: ['spinal cord'],
  },
  {
    id: 'lumbar',
    term: 'Lumbar spine',
    definition: 'the lower back.',
    forms: ['lumbar spine', 'lumbar'],
  },
  {
    id: 'vertebra',
    term: 'Vertebra',
    definition: 'one of the bones of your backbone. More than one are called vertebrae.',
    forms: ['vertebra', 'vertebrae'],
  },
  {
    id: 'opioid',
    term: 'Opioid',
    definition: 'a strong pain medicine. It can be habit-forming, so take it only the way your doctor tells you.',
    forms: ['opioid', 'opioids'],
  },
  {
    id: 'chiropractic',
    term: 'Chiropractic care',
    definition: 'a treatment that uses the hands to move the joints of the back.',
    forms: ['chiropractic', 'chiropractor', 'chiropractors'],
  },
  {
    id: 'acupuncture',
    term: 'Acupuncture',
    definition: 'a treatment with very thin needles put into the skin.',
    forms: ['acupuncture'],
  },
  {
    id: 'hardware',
    term: 'Hardware',
    definition: 'screws, rods or plates that hold the bones of the back steady while they heal.',
    forms: ['hardware'],
  },
  {
    id: 'dura',
    term: 'Spinal fluid leak',
    definition: 'a tear in the thin cover around the nerves inside your backbone. The fluid inside leaks out and can cause headaches.',
    forms: ['spinal fluid', 'dura', 'dural tear'],
  },
];
