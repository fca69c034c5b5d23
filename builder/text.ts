/**
 * The builder's interface in English and Spanish. Element summaries and attribute descriptions come
 * from the manifest (in English); the Spanish interface has its own words for the ones it knows, and
 * shows the manifest's English for an element or attribute added since.
 */
import type { TextSettingName } from '../src/shared/setting-rules.js';

export const UI_LANGUAGES = ['en', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export interface Texts {
  readonly title: string;
  readonly intro: string;
  readonly interfaceLanguage: string;
  readonly whatHeading: string;
  readonly whatHint: string;
  readonly orderHeading: string;
  readonly orderEmpty: string;
  readonly moveUp: (name: string) => string;
  readonly moveDown: (name: string) => string;
  readonly remove: (name: string) => string;
  readonly optionsOf: (name: string) => string;
  readonly notSet: string;
  readonly clinicHeading: string;
  readonly clinicHint: string;
  readonly settings: Readonly<Record<TextSettingName, { label: string; hint: string; problem?: string }>>;
  /** Said under the reviewed-version field when the guide's text is not a version it names. */
  readonly notSignedVersion: (versions: string) => string;
  readonly pickColour: string;
  readonly contrast: (textColour: string, ratio: string) => string;
  readonly standsOut: (ratio: string) => string;
  readonly blendsIn: (ratio: string) => string;
  readonly black: string;
  readonly white: string;
  readonly themes: Readonly<Record<'auto' | 'light' | 'dark', string>>;
  readonly language: string;
  readonly languageHint: string;
  readonly pageLanguage: string;
  readonly previewHeading: string;
  readonly previewHint: string;
  readonly previewTitle: string;
  readonly width: string;
  readonly widths: Readonly<Record<'phone' | 'tablet' | 'desktop', string>>;
  readonly shade: string;
  readonly shades: Readonly<Record<'light' | 'dark', string>>;
  readonly previewProblems: string;
  readonly routeHeading: string;
  readonly routes: Readonly<Record<string, string>>;
  readonly codeHeading: string;
  readonly nothingChosen: string;
  readonly parts: Readonly<Record<string, string>>;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly pluginSettings: string;
  readonly steps: Readonly<Record<'html' | 'wordpressBlock' | 'wordpressShortcode' | 'wordpressPlaceholders' | 'wordpressHtml' | 'drupal' | 'squarespace' | 'wix' | 'npm' | 'server', readonly string[]>>;
  readonly shareHeading: string;
  readonly shareHint: string;
  readonly copyLink: string;
  readonly elementNames: Readonly<Record<string, string>>;
  readonly attributeLabels: Readonly<Record<string, string>>;
  readonly attributeHints: Readonly<Record<string, string>>;
  readonly invalidBefore: string;
}

const UPLOAD_EN = 'Get the files: download the package "upper-back-surgery-elements" from npm (or ask your web agency), and upload its folder dist/cdn to your website as /ubs/.';
const UPLOAD_ES = 'Consiga los archivos: descargue el paquete "upper-back-surgery-elements" de npm (o pídalo a su agencia web) y suba su carpeta dist/cdn a su sitio web como /ubs/.';

const en: Texts = {
  title: 'Put the upper back surgery guide on your website',
  intro: 'Choose what to show and enter your clinic\'s details. You see the result at once, and get the exact code for your website with short steps. Nothing you type leaves this page.',
  interfaceLanguage: 'Language of this page',
  whatHeading: '1. What to show',
  whatHint: 'The whole guide, or only some parts. Ticked parts show in the order below.',
  orderHeading: 'In this order',
  orderEmpty: 'Nothing chosen yet. Tick at least one part above.',
  moveUp: (name) => `Move ${name} up`,
  moveDown: (name) => `Move ${name} down`,
  remove: (name) => `Remove ${name}`,
  optionsOf: (name) => `Options for ${name}`,
  notSet: 'Not set (the element\'s default)',
  clinicHeading: '2. Your clinic',
  clinicHint: 'Give these once; every part uses them. Leave a field empty if you do not want it shown.',
  settings: {
    clinicName: { label: 'Clinic name', hint: 'Shown in the contact box.' },
    phone: { label: 'Phone', hint: 'For example +1 555 010 0100.', problem: 'This is not a phone number: use 7 to 15 digits, with spaces, dots, dashes or brackets if you like.' },
    bookingUrl: { label: 'Booking link', hint: 'The web address of your booking page.', problem: 'This is not a web address: it must start with https:// (or http://).' },
    email: { label: 'Email', hint: 'For example spine@clinic.example.', problem: 'This is not an email address.' },
    reviewerName: { label: 'Reviewer', hint: 'The doctor who checked the guide for your clinic.' },
    reviewerCredentials: { label: 'Reviewer\'s credentials', hint: 'For example MD, orthopaedic spine surgeon.' },
    reviewDate: { label: 'Review date', hint: 'When the reviewer checked it, written YYYY-MM-DD, for example 2026-10-01.', problem: 'This is not a date written YYYY-MM-DD.' },
    reviewedVersion: {
      label: 'Reviewed version',
      hint: 'The content version your reviewer signed, as the sign-off packet prints it, for example 3f9a2b7c1d0e (one per language, with spaces between).',
      problem: 'This is not a content version: 12 digits and letters a to f, as the sign-off packet prints it.',
    },
    emergencyNumber: { label: 'Emergency number', hint: 'The number to call in an emergency where your patients live, for example 911 or 112.', problem: 'Use only digits, + and spaces (2 to 15 characters).' },
    accent: { label: 'Brand colour', hint: 'Any CSS colour, for example #6b2c91 or teal.', problem: 'This is not a colour the browser knows.' },
    theme: { label: 'Colours', hint: 'Follow the reader\'s device, or always light or dark.', problem: 'Choose auto, light or dark.' },
  },
  notSignedVersion: (versions) =>
    `The guide's text is now ${versions}, not a version your reviewer signed: the page will say the review was for an earlier version. Ask your reviewer to sign the changes (npx upper-back-surgery-elements review --since <the signed version>).`,
  pickColour: 'Pick a brand colour',
  contrast: (textColour, ratio) => `Text on your colour will be ${textColour}: contrast ${ratio} to 1.`,
  standsOut: (ratio) => `On a white page your colour stands out ${ratio} to 1, enough for lines and the focus ring.`,
  blendsIn: (ratio) => `On a white page your colour stands out only ${ratio} to 1 (less than 3), so the focus ring uses the text colour instead.`,
  black: 'black',
  white: 'white',
  themes: { auto: 'Follow the reader\'s device (auto)', light: 'Always light', dark: 'Always dark' },
  language: 'Language of the guide',
  languageHint: 'The page\'s own language, or always one language.',
  pageLanguage: 'The page\'s language',
  previewHeading: '3. Preview',
  previewHint: 'Drag the frame\'s corner to try other widths.',
  previewTitle: 'Preview of the guide',
  width: 'Width',
  widths: { phone: 'Phone', tablet: 'Tablet', desktop: 'Desktop' },
  shade: 'Page',
  shades: { light: 'Light page', dark: 'Dark page' },
  previewProblems: 'The preview found a problem:',
  routeHeading: '4. Where will you paste it?',
  routes: {
    html: 'An HTML page',
    'wordpress-block': 'WordPress: block (with our plugin)',
    'wordpress-shortcode': 'WordPress: shortcode (with our plugin)',
    'wordpress-placeholders': 'WordPress: placeholders (without the plugin)',
    'wordpress-html': 'WordPress: Custom HTML block (administrators)',
    drupal: 'Drupal',
    squarespace: 'Squarespace',
    wix: 'Wix',
    npm: 'A site built with npm',
    server: 'HTML first: rendered on your server (web developers)',
  },
  codeHeading: '5. Your code',
  nothingChosen: 'Choose at least one part to show (step 1) to get your code.',
  parts: {
    head: 'In the page\'s <head>',
    body: 'Where the guide should show',
    blocks: 'Blocks, for the code editor',
    shortcodes: 'Shortcode',
    site: 'Once for the whole site, in the <head>',
    placeholders: 'In the post',
    block: 'In a Custom HTML block',
    code: 'In a code block',
    install: 'In a terminal, in your site\'s folder',
    script: 'In your site\'s script',
    markup: 'In your page or template',
    settingsFile: 'A file named settings.json',
    commands: 'In a terminal (Node.js 20 or later), in your site\'s folder',
    late: 'In the page\'s <head>, once',
  },
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'Could not copy. Select the code and copy it with your keyboard.',
  pluginSettings: 'Enter these in Settings → Upper back surgery:',
  steps: {
    html: [UPLOAD_EN, 'Paste the first part into the page\'s <head>.', 'Paste the second part where the guide should show.', 'Save the page and open it to check.'],
    wordpressBlock: [
      'In WordPress, go to Plugins, then install and activate "Upper back surgery".',
      'Go to Settings → Upper back surgery and enter your clinic\'s details (listed below). You do this once for the whole site.',
      'Edit the page. Open the menu ⋮ at the top right and choose Code editor.',
      'Paste the blocks where the guide should show, choose Exit code editor, then Update.',
    ],
    wordpressShortcode: [
      'In WordPress, go to Plugins, then install and activate "Upper back surgery".',
      'Go to Settings → Upper back surgery and enter your clinic\'s details (listed below). You do this once for the whole site.',
      'Edit the page and add a Shortcode block where the guide should show.',
      'Paste the shortcode into it, then Update.',
    ],
    wordpressPlaceholders: [
      UPLOAD_EN,
      'An administrator adds the first part once for the whole site, in the <head> (with a header-code plugin, or the theme).',
      'In a post, add a Custom HTML block (any author can) and paste the second part into it.',
      'Update, then open the post to check.',
    ],
    wordpressHtml: [
      UPLOAD_EN,
      'Log in as an administrator (others cannot save scripts). Edit the page and add a Custom HTML block.',
      'Paste the code into it, then Update.',
    ],
    drupal: [
      UPLOAD_EN,
      'Edit the page. Under the body, set Text format to Full HTML (it must keep <script> and its tags: "Limit allowed HTML tags" off).',
      'Choose Source in the editor\'s toolbar and paste the code where the guide should show.',
      'Save, then open the page to check.',
    ],
    squarespace: [
      UPLOAD_EN,
      'Edit the page, choose Add block, then Code.',
      'Paste the code into the block, then Save.',
    ],
    wix: [
      'Wix shows the code in a frame of its own, so it loads the library from a public CDN (jsDelivr): nothing to upload.',
      'In the Wix editor choose Add → Embed code → Embed HTML, then Enter code.',
      'Choose Code, paste the code, then Update.',
      'Make the embed tall enough: the frame does not grow by itself.',
    ],
    npm: ['Install the package (first part).', 'Import it once in your site\'s script (second part).', 'Put the elements in your page or template (third part).'],
    server: [
      'Save your clinic\'s details as settings.json, if you gave any (first part).',
      'Run the commands: each writes one part of the guide as HTML, with its text already inside. Readers, search engines and feed readers get the text even without JavaScript.',
      'Put each .html file where that part should show, in the page\'s <body>.',
      UPLOAD_EN,
      'Add the script line to the page\'s <head> (last part). It loads after the text shows and makes the questionnaire and the contents list work.',
      'Run the commands again when you change your details or update the package: the page must carry the same details as the HTML.',
    ],
  },
  shareHeading: 'Share or keep these choices',
  shareHint: 'This link holds everything you chose. It is not stored or sent anywhere: bookmark it, or send it to your web agency.',
  copyLink: 'Copy link',
  elementNames: {},
  attributeLabels: { 'heading-level': 'Heading level' },
  attributeHints: {},
  invalidBefore: 'Problem:',
};

const es: Texts = {
  title: 'Ponga la guía de cirugía de la parte superior de la espalda en su sitio web',
  intro: 'Elija qué mostrar y escriba los datos de su clínica. Verá el resultado al momento y obtendrá el código exacto para su sitio web, con pasos cortos. Nada de lo que escriba sale de esta página.',
  interfaceLanguage: 'Idioma de esta página',
  whatHeading: '1. Qué mostrar',
  whatHint: 'La guía completa o solo algunas partes. Las partes marcadas se muestran en el orden de abajo.',
  orderHeading: 'En este orden',
  orderEmpty: 'Aún no ha elegido nada. Marque al menos una parte arriba.',
  moveUp: (name) => `Subir ${name}`,
  moveDown: (name) => `Bajar ${name}`,
  remove: (name) => `Quitar ${name}`,
  optionsOf: (name) => `Opciones de ${name}`,
  notSet: 'Sin fijar (lo predeterminado)',
  clinicHeading: '2. Su clínica',
  clinicHint: 'Escríbalos una vez; todas las partes los usan. Deje un campo vacío si no quiere mostrarlo.',
  settings: {
    clinicName: { label: 'Nombre de la clínica', hint: 'Se muestra en el recuadro de contacto.' },
    phone: { label: 'Teléfono', hint: 'Por ejemplo +1 555 010 0100.', problem: 'No es un número de teléfono: use de 7 a 15 cifras, con espacios, puntos, guiones o paréntesis si quiere.' },
    bookingUrl: { label: 'Enlace para pedir cita', hint: 'La dirección web de su página de citas.', problem: 'No es una dirección web: debe empezar por https:// (o http://).' },
    email: { label: 'Correo electrónico', hint: 'Por ejemplo columna@clinica.example.', problem: 'No es una dirección de correo electrónico.' },
    reviewerName: { label: 'Revisor', hint: 'El médico que revisó la guía para su clínica.' },
    reviewerCredentials: { label: 'Títulos del revisor', hint: 'Por ejemplo MD, cirujano ortopédico de columna.' },
    reviewDate: { label: 'Fecha de revisión', hint: 'Cuándo la revisó, escrita AAAA-MM-DD, por ejemplo 2026-10-01.', problem: 'No es una fecha escrita AAAA-MM-DD.' },
    reviewedVersion: {
      label: 'Versión revisada',
      hint: 'La versión del contenido que firmó su revisor, como la indica el documento de aprobación, por ejemplo 3f9a2b7c1d0e (una por idioma, separadas por espacios).',
      problem: 'No es una versión del contenido: 12 cifras y letras de la a a la f, como la indica el documento de aprobación.',
    },
    emergencyNumber: { label: 'Número de emergencias', hint: 'El número al que llamar en una emergencia donde viven sus pacientes, por ejemplo 911 o 112.', problem: 'Use solo cifras, + y espacios (de 2 a 15 caracteres).' },
    accent: { label: 'Color de la marca', hint: 'Cualquier color CSS, por ejemplo #6b2c91 o teal.', problem: 'El navegador no conoce este color.' },
    theme: { label: 'Colores', hint: 'Seguir el dispositivo del lector, o siempre claro u oscuro.', problem: 'Elija auto, claro u oscuro.' },
  },
  notSignedVersion: (versions) =>
    `El texto de la guía es ahora ${versions}, no una versión que su revisor firmó: la página dirá que la revisión fue de una versión anterior. Pida a su revisor que firme los cambios (npx upper-back-surgery-elements review --since <la versión firmada>).`,
  pickColour: 'Elegir un color de marca',
  contrast: (textColour, ratio) => `El texto sobre su color será ${textColour}: contraste de ${ratio} a 1.`,
  standsOut: (ratio) => `En una página blanca su color destaca ${ratio} a 1, suficiente para las líneas y el contorno del foco.`,
  blendsIn: (ratio) => `En una página blanca su color destaca solo ${ratio} a 1 (menos de 3), así que el contorno del foco usa el color del texto.`,
  black: 'negro',
  white: 'blanco',
  themes: { auto: 'Seguir el dispositivo del lector (auto)', light: 'Siempre claro', dark: 'Siempre oscuro' },
  language: 'Idioma de la guía',
  languageHint: 'El idioma de la página, o siempre un idioma.',
  pageLanguage: 'El idioma de la página',
  previewHeading: '3. Vista previa',
  previewHint: 'Arrastre la esquina del marco para probar otros anchos.',
  previewTitle: 'Vista previa de la guía',
  width: 'Ancho',
  widths: { phone: 'Teléfono', tablet: 'Tableta', desktop: 'Escritorio' },
  shade: 'Página',
  shades: { light: 'Página clara', dark: 'Página oscura' },
  previewProblems: 'La vista previa encontró un problema:',
  routeHeading: '4. ¿Dónde lo va a pegar?',
  routes: {
    html: 'Una página HTML',
    'wordpress-block': 'WordPress: bloque (con nuestro plugin)',
    'wordpress-shortcode': 'WordPress: shortcode (con nuestro plugin)',
    'wordpress-placeholders': 'WordPress: marcadores (sin el plugin)',
    'wordpress-html': 'WordPress: bloque HTML personalizado (administradores)',
    drupal: 'Drupal',
    squarespace: 'Squarespace',
    wix: 'Wix',
    npm: 'Un sitio hecho con npm',
    server: 'HTML primero: generado en su servidor (desarrolladores web)',
  },
  codeHeading: '5. Su código',
  nothingChosen: 'Elija al menos una parte para mostrar (paso 1) para obtener su código.',
  parts: {
    head: 'En el <head> de la página',
    body: 'Donde debe verse la guía',
    blocks: 'Bloques, para el editor de código',
    shortcodes: 'Shortcode',
    site: 'Una vez para todo el sitio, en el <head>',
    placeholders: 'En la entrada',
    block: 'En un bloque HTML personalizado',
    code: 'En un bloque de código',
    install: 'En una terminal, en la carpeta de su sitio',
    script: 'En el script de su sitio',
    markup: 'En su página o plantilla',
    settingsFile: 'Un archivo llamado settings.json',
    commands: 'En una terminal (Node.js 20 o posterior), en la carpeta de su sitio',
    late: 'En el <head> de la página, una vez',
  },
  copy: 'Copiar',
  copied: 'Copiado.',
  copyFailed: 'No se pudo copiar. Seleccione el código y cópielo con el teclado.',
  pluginSettings: 'Escriba esto en Ajustes → Upper back surgery:',
  steps: {
    html: [UPLOAD_ES, 'Pegue la primera parte en el <head> de la página.', 'Pegue la segunda parte donde debe verse la guía.', 'Guarde la página y ábrala para comprobarla.'],
    wordpressBlock: [
      'En WordPress, vaya a Plugins, instale y active "Upper back surgery".',
      'Vaya a Ajustes → Upper back surgery y escriba los datos de su clínica (abajo). Se hace una vez para todo el sitio.',
      'Edite la página. Abra el menú ⋮ arriba a la derecha y elija Editor de código.',
      'Pegue los bloques donde debe verse la guía, elija Salir del editor de código y luego Actualizar.',
    ],
    wordpressShortcode: [
      'En WordPress, vaya a Plugins, instale y active "Upper back surgery".',
      'Vaya a Ajustes → Upper back surgery y escriba los datos de su clínica (abajo). Se hace una vez para todo el sitio.',
      'Edite la página y añada un bloque Shortcode donde debe verse la guía.',
      'Pegue el shortcode en él y luego Actualizar.',
    ],
    wordpressPlaceholders: [
      UPLOAD_ES,
      'Un administrador añade la primera parte una vez para todo el sitio, en el <head> (con un plugin de código de cabecera, o el tema).',
      'En una entrada, añada un bloque HTML personalizado (cualquier autor puede) y pegue en él la segunda parte.',
      'Actualice y abra la entrada para comprobarla.',
    ],
    wordpressHtml: [
      UPLOAD_ES,
      'Entre como administrador (los demás no pueden guardar scripts). Edite la página y añada un bloque HTML personalizado.',
      'Pegue el código en él y luego Actualizar.',
    ],
    drupal: [
      UPLOAD_ES,
      'Edite la página. Bajo el cuerpo, ponga Formato de texto en Full HTML (debe conservar <script> y sus etiquetas: "Limitar etiquetas HTML permitidas" desactivado).',
      'Elija Código fuente en la barra del editor y pegue el código donde debe verse la guía.',
      'Guarde y abra la página para comprobarla.',
    ],
    squarespace: [UPLOAD_ES, 'Edite la página, elija Añadir bloque y luego Código.', 'Pegue el código en el bloque y luego Guardar.'],
    wix: [
      'Wix muestra el código en un marco propio, así que carga la biblioteca de un CDN público (jsDelivr): no hay nada que subir.',
      'En el editor de Wix elija Añadir → Insertar código → Insertar HTML y luego Introducir código.',
      'Elija Código, pegue el código y luego Actualizar.',
      'Dé al marco altura suficiente: no crece solo.',
    ],
    npm: ['Instale el paquete (primera parte).', 'Impórtelo una vez en el script de su sitio (segunda parte).', 'Ponga los elementos en su página o plantilla (tercera parte).'],
    server: [
      'Guarde los datos de su clínica como settings.json, si dio alguno (primera parte).',
      'Ejecute los comandos: cada uno escribe una parte de la guía como HTML, con el texto ya dentro. Los lectores, los buscadores y los lectores de noticias reciben el texto aun sin JavaScript.',
      'Ponga cada archivo .html donde deba verse esa parte, en el <body> de la página.',
      UPLOAD_ES,
      'Agregue la línea del script al <head> de la página (última parte). Se carga después de que se ve el texto y hace funcionar el cuestionario y el índice.',
      'Vuelva a ejecutar los comandos cuando cambie sus datos o actualice el paquete: la página debe llevar los mismos datos que el HTML.',
    ],
  },
  shareHeading: 'Compartir o guardar estas opciones',
  shareHint: 'Este enlace contiene todo lo que eligió. No se guarda ni se envía a ninguna parte: guárdelo en marcadores o envíelo a su agencia web.',
  copyLink: 'Copiar enlace',
  elementNames: {
    'back-surgery-guide': 'La guía completa, con índice.',
    'candidacy-check': 'Un cuestionario que resume las respuestas del lector y sugiere próximos pasos, sin veredicto.',
    'conservative-care': 'Tratamientos para probar primero, y los pasos hacia una decisión sobre la cirugía.',
    'medical-disclaimer': 'Aviso educativo, qué hacer en una emergencia, fecha de revisión, revisor y fuentes.',
    'procedure-compare': 'Cirugía abierta comparada con la mínimamente invasiva y la cirugía láser.',
    'recovery-tips': 'Cómo es la recuperación tras la cirugía y qué ayuda.',
    'risk-list': 'Los riesgos de la cirugía, con las señales de alarma que necesitan atención urgente.',
    'second-opinion': 'Por qué y cómo pedir una segunda opinión, con los datos de contacto de la clínica.',
    'surgery-faq': 'Preguntas de los pacientes, con respuestas sencillas que se abren al pulsar.',
    'surgery-overview': 'Qué es la cirugía de la parte superior de la espalda, cuándo se considera y las operaciones más comunes.',
  },
  attributeLabels: {
    'heading-level': 'Nivel del título',
    show: 'Mostrar',
    expanded: 'Todo abierto',
    exclude: 'Dejar fuera',
    procedures: 'Procedimientos',
    highlight: 'Destacar',
    questions: 'Preguntas',
    'structured-data': 'Datos estructurados',
    'hide-sources': 'Ocultar fuentes',
  },
  attributeHints: {
    'heading-level': 'Nivel del título del elemento (2 a 6), para que encaje en los títulos de la página; sus subtítulos usan el nivel siguiente.',
    show: 'all: todos los riesgos (lo predeterminado); common: solo los comunes a toda cirugía.',
    expanded: 'Muestra todas las explicaciones abiertas.',
    exclude: 'Secciones que dejar fuera, separadas por comas o espacios, por ejemplo candidacy-check surgery-faq.',
    procedures: 'Qué procedimientos mostrar, separados por comas: open y minimally-invasive. Ambos si se deja vacío.',
    highlight: 'El procedimiento que destacar (open o minimally-invasive), por ejemplo el que ofrece la clínica. Ninguno si se deja vacío.',
    questions: 'Qué preguntas mostrar, separadas por comas (try-first, painful, recovery-time, laser-better, cure, risks, second-opinion, ask-surgeon). Todas si se deja vacío.',
    'structured-data': 'Añade las preguntas como datos estructurados (JSON-LD) para los buscadores.',
    'hide-sources': 'Deja fuera la lista de fuentes.',
  },
  invalidBefore: 'Problema:',
};

export const TEXTS: Readonly<Record<UiLanguage, Texts>> = { en, es };
