import type { Source, SourceId } from './types.js';

/**
 * Every source the guide cites, in both languages. Each entry was read (in a stored copy of the page
 * or abstract, on the `accessed` date) before a statement was written on its strength; titles are as
 * published, so a reviewer can find the same page. Where only a copy of a page could be read, the URL
 * is the copy's and the entry says so.
 */
export const sources: Readonly<Record<SourceId, Source>> = {
  article: {
    title: 'Upper Back Surgery – Can It Relieve Upper Back Pain?',
    publisher: 'The article this guide is based on (author and date unknown)',
  },
  cedarsThoracic: {
    title: 'Thoracic spine',
    publisher: 'Cedars-Sinai Health Library',
    url: 'https://www.cedars-sinai.org/health-library/diseases-and-conditions/t/thoracic-spine.html',
    accessed: '2026-11-26',
  },
  neurospineThoracic: {
    title: 'Uniportal, Transforaminal Endoscopic Thoracic Discectomy: Review and Technical Note',
    publisher: 'Lee and Musharbash. Neurospine',
    url: 'https://e-neurospine.org/journal/view.php?number=1373',
    accessed: '2026-11-26',
  },
  nhsOverview: {
    title: 'Lumbar decompression surgery',
    publisher: 'NHS 111 Wales',
    url: 'https://111.wales.nhs.uk/Encyclopaedia/l/article/lumbardecompressionsurgery',
    accessed: '2026-11-26',
  },
  nhsRecovery: {
    title: 'Recovery - Lumbar decompression surgery',
    publisher: 'NHS (nhs.uk)',
    url: 'https://www.nhs.uk/conditions/lumbar-decompression-surgery/recovery/',
    accessed: '2026-11-26',
  },
  nhsRisks: {
    title: 'Lumbar decompression surgery - Risks',
    publisher: 'NHS Choices (nhs.uk, earlier version of the page)',
    url: 'https://www.nhs.uk/Conditions/Lumbardecompressivesurgery/Pages/Risks.aspx',
    accessed: '2026-11-26',
  },
  rcsWork: {
    title: 'Returning to Work (Get Well Soon: recovery after a slipped disc operation)',
    publisher: 'Royal College of Surgeons of England',
    url: 'https://rcseng.ac.uk/patient-care/recovering-from-surgery/discectomy/returning-to-work',
    accessed: '2026-11-26',
  },
  adamDischarge: {
    title: 'Spine surgery - discharge',
    publisher: 'A.D.A.M. Medical Encyclopedia (the text MedlinePlus uses)',
    url: 'https://default.adam.com/content.aspx?gid=000313&pid=60&productid=117',
    accessed: '2026-11-26',
  },
  wuthLocal: {
    title: 'Local Anaesthetic',
    publisher: 'Wirral University Teaching Hospital NHS Foundation Trust',
    url: 'https://wuth.nhs.uk/our-departments/a-z-of-departments/anaesthetics/local-anaesthetic/',
    accessed: '2026-11-26',
  },
  nunnaSmoking: {
    title: 'The Risk of Nonunion in Smokers Revisited: A Systematic Review and Meta-Analysis',
    publisher: 'Nunna RS, Ostrov PB, Ansari D, Dettori JR, et al.',
    url: 'https://utsouthwestern.elsevierpure.com/en/publications/the-risk-of-nonunion-in-smokers-revisited-a-systematic-review-and',
    accessed: '2026-11-26',
  },
  aomrcEbi: {
    title: 'Fusion surgery for mechanical axial low back pain',
    publisher: 'Academy of Medical Royal Colleges, Evidence-Based Interventions',
    year: 2020,
    citation: 'Published January 2020, last reviewed September 2024.',
    url: 'https://ebi.aomrc.org.uk/interventions/fusion-surgery-for-mechanical-axial-low-back-pain-2/',
  },
  ng59Summary: {
    title: 'Low back pain and sciatica: summary of NICE guidance',
    publisher: 'Bernstein IA, Malik Q, Carville S, Ward S. BMJ',
    year: 2017,
    citation: 'BMJ 2017;356:i6748.',
    doi: '10.1136/bmj.i6748',
  },
  niceQs155: {
    title: 'Quality statement 5: Opioids for chronic low back pain without sciatica (Low back pain, QS155)',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    url: 'https://www.nice.org.uk/guidance/qs155/chapter/Quality-statement-5-Opioids-for-chronic-low-back-pain-without-sciatica',
    accessed: '2026-11-26',
  },
  acp2017: {
    title:
      'Noninvasive Treatments for Acute, Subacute, and Chronic Low Back Pain: A Clinical Practice Guideline From the American College of Physicians',
    publisher: 'Qaseem A, Wilt TJ, McLean RM, Forciea MA. Annals of Internal Medicine',
    year: 2017,
    citation: 'Ann Intern Med. 2017;166(7):514-530.',
    doi: '10.7326/M16-2367',
  },
  mayoLaser: {
    title: 'Laser surgery on spine is not recommended',
    publisher: 'Deen HG (Mayo Clinic). "Dear Mayo Clinic" column, Chicago Tribune',
    year: 2009,
    url: 'https://www.chicagotribune.com/news/ct-xpm-2009-07-26-0907230464-story.html',
  },
  jaaosLaser: {
    title: 'Lasers in Spine Surgery',
    publisher: 'Radcliff K, Vaccaro AR, Hilibrand A, Schroeder GD. Journal of the American Academy of Orthopaedic Surgeons',
    year: 2019,
    citation: 'J Am Acad Orthop Surg. 2019;27(17):621-632.',
    doi: '10.5435/JAAOS-D-18-00001',
  },
  brouwer2015: {
    title: 'Percutaneous laser disc decompression versus conventional microdiscectomy in sciatica: a randomized controlled trial',
    publisher: 'Brouwer PA, Brand R, van Marle ME, et al. The Spine Journal',
    year: 2015,
    citation: 'Spine J. 2015;15(5):857-865.',
    url: 'https://repub.eur.nl/pub/82417',
  },
  brouwer2017: {
    title:
      'Percutaneous Laser Disc Decompression Versus Conventional Microdiscectomy for Patients with Sciatica: Two-year Results of a Randomised Controlled Trial',
    publisher: 'Brouwer PA, et al. Interventional Neuroradiology',
    year: 2017,
    citation: 'Interv Neuroradiol. 2017. PMID 28454511.',
    url: 'https://repub.eur.nl/pub/100578',
  },
  niceIpg357: {
    title: 'Percutaneous intradiscal laser ablation in the lumbar spine (IPG357)',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    year: 2010,
    url: 'https://www.nice.org.uk/guidance/ipg357',
  },
  niceIpg61: {
    title: 'Percutaneous endoscopic laser thoracic discectomy (IPG61)',
    publisher: 'National Institute for Clinical Excellence (NICE)',
    year: 2004,
    url: 'https://www.nice.org.uk/guidance/ipg61',
  },
  nhsBackPain: {
    title: 'Back pain',
    publisher: 'Bridgwater Bay Health (NHS general practice), following the NHS website',
    url: 'https://bridgwaterbayhealth.nhs.uk/back-pain',
    accessed: '2026-11-26',
  },
  nhsSciatica: {
    title: 'Sciatica',
    publisher: 'NHS 111 Wales',
    url: 'https://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/',
    accessed: '2026-11-26',
  },
  northernTrustBackPain: {
    title: 'Low Back Pain (LBP)',
    publisher: 'Northern Health and Social Care Trust (Northern Ireland), physiotherapy service',
    url: 'https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/',
    accessed: '2026-11-26',
  },
  verhagenRedFlags: {
    title: 'Red flags presented in current low back pain guidelines: a review',
    publisher: 'Verhagen AP, Downie A, Popal N, Maher C, Koes BW. European Spine Journal',
    year: 2016,
    citation: 'Eur Spine J. 2016;25(9):2788-2802.',
    doi: '10.1007/s00586-016-4684-0',
  },
  patientInfoScc: {
    title: 'Spinal Cord Compression Causes, Symptoms and Treatment',
    publisher: 'Patient.info (Professional Reference)',
    url: 'https://patient.info/doctor/spinal-cord-injury-and-compression',
    accessed: '2026-11-26',
  },
  nhsHeartAttack: {
    title: 'Heart attack - Symptoms',
    publisher: 'NHS (nhs.uk)',
    url: 'https://www.nhs.uk/conditions/heart-attack/symptoms/',
    accessed: '2026-11-26',
  },
  nhsDvt: {
    title: 'Deep vein thrombosis (DVT)',
    publisher: 'NHS (beta.nhs.uk)',
    url: 'https://beta.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
    accessed: '2026-11-26',
  },
  edinburghDecompression: {
    title: 'Lumbar decompression and lumbar laminectomy',
    publisher: 'Edinburgh Neurosurgeons',
    url: 'https://www.edinburghneurosurgeons.co.uk/conditions-treatment/spinal/lumbar-decompression-and-lumbar-laminectomy',
    accessed: '2026-11-26',
  },
  ohsuFusion: {
    title: 'Spinal Fusion Surgery',
    publisher: 'OHSU Spine Center (Oregon Health & Science University)',
    url: 'https://www.ohsu.edu/xd/health/services/spine/getting-treatment/conditions-treatments/spine-fusion.cfm',
    accessed: '2026-11-26',
  },
  rcoaSideEffects: {
    title: 'Side effects and complications (Anaesthesia explained)',
    publisher: 'Royal College of Anaesthetists',
    year: 2019,
    url: 'https://rcoa.ac.uk/documents/anaesthesia-explained/side-effects-complications',
  },
  wuthGeneral: {
    title: 'General Anaesthesia',
    publisher: 'Wirral University Teaching Hospital NHS Foundation Trust',
    url: 'https://wuth.nhs.uk/our-departments/a-z-of-departments/anaesthetics/general-anaesthesia/',
    accessed: '2026-11-26',
  },
  oltulu2019: {
    title:
      'Clinical outcomes of symptomatic thoracic disk herniations treated surgically through minimally invasive lateral transthoracic approach',
    publisher: 'Oltulu I, Cil H, Ulu MO, Deviren V. Neurosurgical Review',
    year: 2019,
    citation: 'Neurosurg Rev. 2019;42(4):885-894.',
    doi: '10.1007/s10143-018-01064-2',
  },
  hseAorticDissection: {
    title: 'Symptoms - Aortic dissection',
    publisher: 'HSE (Health Service Executive, Ireland), content supplied by the NHS and adapted for Ireland',
    citation: 'Page last reviewed 17 February 2022; its next review was due 17 February 2025.',
    url: 'https://www2.hse.ie/conditions/aortic-dissection/symptoms-of-aortic-dissection',
    accessed: '2026-12-07',
  },
  glosRedFlags: {
    title: 'Red flags for spinal conditions',
    publisher: 'Gloucestershire NHS, G-care referral pathways (for health professionals, based on NICE guidance)',
    url: 'https://g-care.glos.nhs.uk/pathway/72/resource/3',
    accessed: '2026-12-07',
  },
  rnohMscc: {
    title: 'MSCC patient information',
    publisher: 'Royal National Orthopaedic Hospital NHS Trust, spinal surgery unit',
    url: 'https://www.rnoh.nhs.uk/services/spinal-surgical-unit/metastatic-spinal-cord-compression/mscc-patient-information',
    accessed: '2026-12-07',
  },
  nhsChoicesRecovery: {
    title: 'Lumbar decompression surgery - Recovery',
    publisher: 'NHS Choices (nhs.uk): archived copy of an earlier version of the page, undated',
    url: 'https://www.nhs.uk/Conditions/Lumbardecompressivesurgery/Pages/Afterwardspage.aspx',
    accessed: '2026-12-07',
  },
};
