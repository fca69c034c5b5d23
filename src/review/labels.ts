/** The packet's own words (for the reviewer, not for patients), in the languages the guide has. */
export interface PacketLabels {
  readonly title: string;
  readonly intro: string;
  readonly howToRead: string;
  /** Where the hazard log and the safety case summary are (in the package and the repository). */
  readonly safetyCase: string;
  readonly contentsTitle: string;
  readonly settingsTitle: string;
  readonly settingsIntro: string;
  readonly settingsNone: string;
  readonly settingNames: Readonly<Record<'clinicName' | 'phone' | 'bookingUrl' | 'email' | 'emergencyNumber' | 'reviewerName' | 'reviewerCredentials' | 'reviewDate', string>>;
  readonly notShown: string;
  readonly changesSummary: (count: number) => string;
  readonly noChanges: string;
  readonly rejectedTitle: string;
  readonly rejectedIntro: string;
  readonly elementsTitle: string;
  readonly tag: string;
  readonly shows: string;
  readonly sharedSeeAbove: (title: string, tag: string) => string;
  /** Heading of the parts every element shows in pieces (definitions, source labels). */
  readonly sharedTitle: string;
  readonly sharedIntro: string;
  readonly sourcesShown: string;
  /** Before the date a web page was read, for a page that shows no date of its own. */
  readonly readOn: string;
  readonly statement: string;
  readonly label: string;
  readonly articlePoints: string;
  readonly sources: string;
  readonly noTrace: string;
  readonly clinicText: string;
  readonly clinicAdded: string;
  readonly clinicRemoved: string;
  readonly original: string;
  readonly referencesTitle: string;
  readonly year: string;
  readonly signOffTitle: string;
  readonly signOffIntro: string;
  readonly reviewerName: string;
  readonly credentials: string;
  readonly date: string;
  readonly signature: string;
  readonly reviewedVersion: (version: string, dated: string) => string;
  /** The content version signed (src/review/versions.ts), which the clinic then sets as reviewed-version. */
  readonly contentVersion: (version: string) => string;
  readonly afterSigning: string;
  /** The packet of changes since a signed version (`review --since`). */
  readonly changes: {
    readonly title: string;
    readonly intro: (since: string, now: string) => string;
    readonly none: (version: string) => string;
    readonly summary: (count: number) => string;
    readonly reworded: string;
    readonly added: string;
    readonly removed: string;
    readonly retraced: string;
    readonly sourcesTitle: string;
    readonly sourceAdded: string;
    readonly sourceRemoved: string;
    readonly sourceChanged: string;
    readonly before: string;
    readonly now: string;
    readonly signOffIntro: string;
  };
}

export const LABELS: Readonly<Record<'en' | 'es', PacketLabels>> = {
  en: {
    title: 'Sign-off packet for the medical reviewer',
    intro:
      "Every text the guide's elements can show readers on this clinic's website, with the points of the source article and the sources behind each. Please read each text, check it against its sources, and sign at the end.",
    howToRead:
      'Statements are body text; labels are titles, questions and buttons. The grey path under each text (e.g. risks.items[1].detail) is where the clinic can change it. Texts the clinic changed carry a "Clinic\'s text" mark, with the original struck through.',
    safetyCase:
      'Clinical safety: the hazards this text could cause, their controls and the tests that check them are in the hazard log, summed up on one page in docs/clinical-safety/safety-case.md (in the package and its repository). Its last section lists the questions left for you.',
    contentsTitle: 'Contents',
    settingsTitle: 'Clinic settings readers see',
    settingsIntro: 'These come from the clinic\'s page settings and appear in the elements.',
    settingsNone: 'No clinic settings were given: contact details and the reviewer are not shown to readers.',
    settingNames: {
      clinicName: 'Clinic name',
      phone: 'Phone',
      bookingUrl: 'Booking link',
      email: 'Email',
      emergencyNumber: 'Emergency number',
      reviewerName: 'Reviewer',
      reviewerCredentials: 'Reviewer credentials',
      reviewDate: 'Review date',
    },
    notShown: 'not shown to readers: not a valid value',
    changesSummary: (count) => `The clinic changed ${count} text${count === 1 ? '' : 's'}; each is marked "Clinic's text".`,
    noChanges: 'The clinic has not changed any text: everything below is the guide\'s own text.',
    rejectedTitle: "Clinic's changes that were not applied",
    rejectedIntro: 'These parts of the clinic\'s text changes are invalid, so readers do not see them:',
    elementsTitle: 'Texts by element',
    tag: 'Element',
    shows: 'Shows',
    sharedSeeAbove: (title, tag) => `Also shows "${title}", printed in full under <${tag}> above.`,
    sharedTitle: 'Shown in every element',
    sharedIntro:
      'Each element defines a medical word where it first uses it, with the definition below, and labels its sources with these words.',
    sourcesShown: 'Shows the full list of sources: see References.',
    readOn: 'Read on',
    statement: 'Statement',
    label: 'Label',
    articlePoints: 'Article points',
    sources: 'Sources',
    noTrace: 'No article point or source named',
    clinicText: "Clinic's text",
    clinicAdded: "Added by the clinic",
    clinicRemoved: 'Removed by the clinic',
    original: 'Original',
    referencesTitle: 'References',
    year: 'Year',
    signOffTitle: 'Sign-off',
    signOffIntro: 'I have reviewed every text in this packet, including the clinic\'s changes, and approve it for patients.',
    reviewerName: 'Reviewer name',
    credentials: 'Credentials',
    date: 'Date',
    signature: 'Signature',
    reviewedVersion: (version, dated) => `Reviewed version: ${version}, content dated ${dated}`,
    contentVersion: (version) => `Content version: ${version}`,
    afterSigning:
      'Once signed, the clinic sets reviewer-name, reviewer-credentials, review-date and reviewed-version (the content version above) in its settings, so the elements show who reviewed the text and when, and say so when the text is no longer the version signed.',
    changes: {
      title: 'Changes for the medical reviewer to sign',
      intro: (since, now) =>
        `What changed in the guide's text from content version ${since}, which the clinic's reviewer signed, to version ${now}, which this version of the library shows. Text that did not change is left out. Please read each change, check it against its sources, and sign at the end.`,
      none: (version) => `The text has not changed: ${version} is the version this library shows.`,
      summary: (count) => `${count} change${count === 1 ? '' : 's'}.`,
      reworded: 'Reworded',
      added: 'Added',
      removed: 'Removed',
      retraced: 'Same words, other sources or article points',
      sourcesTitle: 'Sources',
      sourceAdded: 'New source',
      sourceRemoved: 'Source no longer cited',
      sourceChanged: 'Source entry changed (now)',
      before: 'Before',
      now: 'Now',
      signOffIntro: 'I have reviewed the changes in this document and approve the text of the new version for patients.',
    },
  },
  es: {
    title: 'Documento de aprobación para el revisor médico',
    intro:
      'Todos los textos que los elementos de la guía pueden mostrar a los lectores en el sitio web de esta clínica, con los puntos del artículo de origen y las fuentes de cada uno. Lea cada texto, compárelo con sus fuentes y firme al final.',
    howToRead:
      'Las afirmaciones son el texto principal; las etiquetas son títulos, preguntas y botones. La ruta gris bajo cada texto (p. ej. risks.items[1].detail) indica dónde puede cambiarlo la clínica. Los textos que la clínica cambió llevan la marca «Texto de la clínica», con el original tachado.',
    safetyCase:
      'Seguridad clínica: los riesgos que este texto podría causar, sus controles y las pruebas que los verifican están en el registro de riesgos, resumido en una página en docs/clinical-safety/safety-case.md (en el paquete y en su repositorio). Su última sección enumera las preguntas que quedan para usted.',
    contentsTitle: 'Contenido',
    settingsTitle: 'Datos de la clínica que ven los lectores',
    settingsIntro: 'Vienen de la configuración de la página de la clínica y aparecen en los elementos.',
    settingsNone: 'No se dio ninguna configuración de la clínica: los lectores no ven datos de contacto ni revisor.',
    settingNames: {
      clinicName: 'Nombre de la clínica',
      phone: 'Teléfono',
      bookingUrl: 'Enlace para pedir cita',
      email: 'Correo electrónico',
      emergencyNumber: 'Número de emergencias',
      reviewerName: 'Revisor',
      reviewerCredentials: 'Titulación del revisor',
      reviewDate: 'Fecha de revisión',
    },
    notShown: 'no se muestra a los lectores: valor no válido',
    changesSummary: (count) => `La clínica cambió ${count} texto${count === 1 ? '' : 's'}; cada uno lleva la marca «Texto de la clínica».`,
    noChanges: 'La clínica no ha cambiado ningún texto: todo lo que sigue es el texto propio de la guía.',
    rejectedTitle: 'Cambios de la clínica que no se aplicaron',
    rejectedIntro: 'Estas partes de los cambios de texto de la clínica no son válidas, así que los lectores no las ven:',
    elementsTitle: 'Textos por elemento',
    tag: 'Elemento',
    shows: 'Muestra',
    sharedSeeAbove: (title, tag) => `También muestra «${title}», impreso completo en <${tag}> más arriba.`,
    sharedTitle: 'En todos los elementos',
    sharedIntro:
      'Cada elemento define una palabra médica donde la usa por primera vez, con la definición de abajo, y nombra sus fuentes con estas palabras.',
    sourcesShown: 'Muestra la lista completa de fuentes: vea Referencias.',
    readOn: 'Consultado el',
    statement: 'Afirmación',
    label: 'Etiqueta',
    articlePoints: 'Puntos del artículo',
    sources: 'Fuentes',
    noTrace: 'No cita ningún punto del artículo ni fuente',
    clinicText: 'Texto de la clínica',
    clinicAdded: 'Añadido por la clínica',
    clinicRemoved: 'Quitado por la clínica',
    original: 'Original',
    referencesTitle: 'Referencias',
    year: 'Año',
    signOffTitle: 'Aprobación',
    signOffIntro: 'He revisado todos los textos de este documento, incluidos los cambios de la clínica, y los apruebo para los pacientes.',
    reviewerName: 'Nombre del revisor',
    credentials: 'Titulación',
    date: 'Fecha',
    signature: 'Firma',
    reviewedVersion: (version, dated) => `Versión revisada: ${version}, contenido con fecha ${dated}`,
    contentVersion: (version) => `Versión del contenido: ${version}`,
    afterSigning:
      'Una vez firmado, la clínica indica reviewer-name, reviewer-credentials, review-date y reviewed-version (la versión del contenido de arriba) en su configuración, para que los elementos muestren quién revisó el texto y cuándo, y lo digan cuando el texto ya no sea la versión firmada.',
    changes: {
      title: 'Cambios para la aprobación del revisor médico',
      intro: (since, now) =>
        `Lo que cambió en el texto de la guía desde la versión del contenido ${since}, que firmó el revisor de la clínica, hasta la versión ${now}, que muestra esta versión de la biblioteca. Se omite el texto que no cambió. Lea cada cambio, compárelo con sus fuentes y firme al final.`,
      none: (version) => `El texto no ha cambiado: ${version} es la versión que muestra esta biblioteca.`,
      summary: (count) => `${count} cambio${count === 1 ? '' : 's'}.`,
      reworded: 'Redactado de otra forma',
      added: 'Añadido',
      removed: 'Quitado',
      retraced: 'Mismas palabras, otras fuentes o puntos del artículo',
      sourcesTitle: 'Fuentes',
      sourceAdded: 'Fuente nueva',
      sourceRemoved: 'Fuente que ya no se cita',
      sourceChanged: 'Datos de la fuente cambiados (ahora)',
      before: 'Antes',
      now: 'Ahora',
      signOffIntro: 'He revisado los cambios de este documento y apruebo el texto de la nueva versión para los pacientes.',
    },
  },
};
