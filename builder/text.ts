/**
 * The builder's interface in English and Spanish. Element summaries and attribute descriptions come
 * from the manifest (in English); the Spanish interface has its own words for the ones it knows, and
 * shows the manifest's English for an element or attribute added since.
 */
import { elementSummaries as esElementSummaries } from '../src/content/es/element-summaries.js';
import type { TextSettingName } from '../src/shared/setting-rules.js';
import type { DownloadId } from './data.js';

export const UI_LANGUAGES = ['en', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export interface Texts {
  readonly title: string;
  readonly intro: string;
  readonly interfaceLanguage: string;
  readonly downloadsHeading: (version: string) => string;
  readonly downloadsHint: string;
  readonly downloads: Readonly<Record<DownloadId, string>>;
  /** A download link's words: `Files for your website (zip, 99 KB)`. */
  readonly downloadLink: (label: string, type: string, size: string) => string;
  readonly releaseMissing: string;
  readonly routeUnavailable: string;
  readonly loadingCode: string;
  readonly whatHeading: string;
  readonly whatHint: string;
  readonly orderHeading: string;
  readonly orderEmpty: string;
  readonly moveUp: (name: string) => string;
  readonly moveDown: (name: string) => string;
  readonly remove: (name: string) => string;
  readonly optionsOf: (name: string) => string;
  readonly notSet: string;
  /** Under boxes that pick what to show: what all or none ticked means. */
  readonly showAllHint: string;
  /** The `one` kind's empty choice. */
  readonly noneChosen: string;
  readonly alreadyInGuide: string;
  readonly clinicHeading: string;
  readonly clinicHint: string;
  /** `noSuchDate`: written YYYY-MM-DD, but no such day (2026-02-30). */
  readonly settings: Readonly<Record<TextSettingName, { label: string; hint: string; problem?: string; noSuchDate?: string }>>;
  /** Said under the reviewed-version field when the guide's text is not a version it names. */
  readonly notSignedVersion: (versions: string) => string;
  readonly pickColour: string;
  /** Beside the colour picker while no brand colour is set: it shows the guide's own colour. */
  readonly accentUnset: string;
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
  readonly skipPreview: string;
  readonly pageLang: string;
  readonly scaled: (percent: number, width: number) => string;
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
  readonly problemsHeading: string;
  readonly notCopied: string;
  readonly pluginSettings: string;
  readonly steps: Readonly<Record<'html' | 'wordpressBlock' | 'wordpressShortcode' | 'wordpressPlaceholders' | 'wordpressHtml' | 'drupal' | 'squarespace' | 'wix' | 'cdn' | 'npm' | 'server', readonly string[]>>;
  /** First step of the single-paste routes, with the script's size. */
  readonly singlePasteFirst: (size: string) => string;
  /** What the single paste costs and cannot do, under its code; `hash` for a Content-Security-Policy. */
  readonly singlePasteLimits: (size: string, gzip: string, hash: string) => readonly string[];
  /** The Wix step for the embed's height, measured in the preview when it could be. */
  readonly wixHeight: (height?: number, width?: number) => string;
  /** First step of the CDN route. */
  readonly cdnFirst: (version: string) => string;
  /** The npm route's first step, with the package file to install until it is published. */
  readonly npmFirst: (file?: string) => string;
  readonly shareHeading: string;
  readonly shareHint: string;
  readonly copyLink: string;
  readonly elementNames: Readonly<Record<string, string>>;
  readonly attributeLabels: Readonly<Record<string, string>>;
  readonly attributeHints: Readonly<Record<string, string>>;
  readonly invalidBefore: string;
}

// First steps of the routes that need the files on the clinic's own server, in the words of each CMS.
const UPLOAD_EN = 'Download the files (below) and unzip them. Upload the folder "ubs" to the top folder of your website, the one that holds your home page, with your web host\'s file manager or FTP (or ask your web agency). Check that your-site/ubs/upper-back-surgery.iife.js opens in a browser.';
const UPLOAD_WORDPRESS_EN = 'Download the files (below) and unzip them. Upload the folder "ubs" to the top folder of your WordPress site (the one that holds wp-config.php) with your web host\'s file manager or FTP: WordPress\'s Media Library cannot make folders. The plugin routes need no upload.';
const UPLOAD_DRUPAL_EN = 'Download the files (below) and unzip them. Upload the folder "ubs" to the folder of your Drupal site that holds index.php, with your web host\'s file manager or FTP (or ask your web agency).';
const PLUGIN_EN = 'Download the WordPress plugin (below). In WordPress go to Plugins → Add New → Upload Plugin, choose the file you downloaded, then Install Now and Activate Plugin. It is listed as "Upper back surgery patient guide".';
const PLUGIN_SETTINGS_EN = 'Go to Settings → Upper back surgery and enter your clinic\'s details (listed below). You do this once for the whole site.';
const UPLOAD_ES = 'Descargue los archivos (abajo) y descomprímalos. Suba la carpeta "ubs" a la carpeta principal de su sitio web, la que contiene su página de inicio, con el administrador de archivos de su proveedor de alojamiento o por FTP (o pídalo a su agencia web). Compruebe que su-sitio/ubs/upper-back-surgery.iife.js se abre en el navegador.';
const UPLOAD_WORDPRESS_ES = 'Descargue los archivos (abajo) y descomprímalos. Suba la carpeta "ubs" a la carpeta principal de su sitio WordPress (la que contiene wp-config.php) con el administrador de archivos de su proveedor de alojamiento o por FTP: la Biblioteca de medios de WordPress no puede crear carpetas. Las opciones con el plugin no necesitan subir nada.';
const UPLOAD_DRUPAL_ES = 'Descargue los archivos (abajo) y descomprímalos. Suba la carpeta "ubs" a la carpeta de su sitio Drupal que contiene index.php, con el administrador de archivos de su proveedor de alojamiento o por FTP (o pídalo a su agencia web).';
const PLUGIN_ES = 'Descargue el plugin de WordPress (abajo). En WordPress vaya a Plugins → Añadir nuevo → Subir plugin, elija el archivo descargado y luego Instalar ahora y Activar plugin. Aparece como "Guía para pacientes sobre la cirugía de la parte superior de la espalda".';
const PLUGIN_SETTINGS_ES = 'Vaya a Ajustes → Cirugía de la parte superior de la espalda y escriba los datos de su clínica (abajo). Se hace una vez para todo el sitio.';

const en: Texts = {
  title: 'Put the upper back surgery guide on your website',
  intro: 'Choose what to show and enter your clinic\'s details. You see the result at once, and get the exact code for your website with short steps. Nothing you type leaves this page.',
  interfaceLanguage: 'Language of this page',
  downloadsHeading: (version) => `Downloads (version ${version})`,
  downloadsHint: 'The steps in 5 say which one you need. Nothing you type goes into these files.',
  downloads: {
    files: 'Files for your website',
    wordpress: 'WordPress plugin',
    singlePaste: 'Single-paste script, for sites that cannot hold files',
    package: 'npm package',
    changelog: 'What changed',
    sums: 'SHA-384 hashes of the files',
  },
  downloadLink: (label, type, size) => `${label} (${type}, ${size})`,
  releaseMissing: 'The release files are not built next to this page (npm run release), so there is nothing to download here.',
  routeUnavailable: 'This needs the release files, which are not built next to this page (npm run release).',
  loadingCode: 'Getting the code…',
  whatHeading: '1. What to show',
  whatHint: 'The whole guide, or only some parts. Ticked parts show in the order below.',
  orderHeading: 'In this order',
  orderEmpty: 'Nothing chosen yet. Tick at least one part above.',
  moveUp: (name) => `Move ${name} up`,
  moveDown: (name) => `Move ${name} down`,
  remove: (name) => `Remove ${name}`,
  optionsOf: (name) => `Options for ${name}`,
  notSet: 'Not set (the element\'s default)',
  showAllHint: 'With every box ticked, or none, all show.',
  noneChosen: 'None',
  alreadyInGuide: 'Already in the whole guide, so it would show twice. Remove it here, or tick it under "Leave out" in the whole guide.',
  clinicHeading: '2. Your clinic',
  clinicHint: 'Give these once; every part uses them. Leave a field empty if you do not want it shown.',
  settings: {
    clinicName: { label: 'Clinic name', hint: 'Shown in the contact box.' },
    phone: { label: 'Phone', hint: 'For example +1 555 010 0100.', problem: 'This is not a phone number: use 7 to 15 digits, with spaces, dots, dashes or brackets if you like.' },
    bookingUrl: { label: 'Booking link', hint: 'The web address of your booking page.', problem: 'This is not a web address: it must start with https:// (or http://).' },
    email: { label: 'Email', hint: 'For example spine@clinic.example.', problem: 'This is not an email address.' },
    reviewerName: { label: 'Reviewer', hint: 'The doctor who checked the guide for your clinic.' },
    reviewerCredentials: { label: 'Reviewer\'s credentials', hint: 'For example MD, orthopaedic spine surgeon.' },
    reviewDate: {
      label: 'Review date',
      hint: 'When the reviewer checked it, written YYYY-MM-DD, for example 2026-10-01.',
      problem: 'This is not a date written YYYY-MM-DD.',
      noSuchDate: 'This date does not exist: check the month and the day.',
    },
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
  accentUnset: 'None set yet: the picker shows the guide\'s own colour.',
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
  previewHint: 'The guide follows your page\'s language, unless you chose one in step 2. Drag the frame\'s corner to try other widths.',
  previewTitle: 'Preview of the guide',
  skipPreview: 'Skip the preview, to step 4',
  pageLang: 'Your page\'s language',
  scaled: (percent, width) => `Shown at ${percent}% of its size, so the ${width} px wide page fits here.`,
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
    squarespace: 'Squarespace (one paste, nothing to upload)',
    wix: 'Wix (one paste, nothing to upload)',
    cdn: 'Any page, from a public CDN (once the package is on npm)',
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
  problemsHeading: 'Fix these before you copy the code:',
  notCopied: 'Not copied: the code has a problem. Fix what is listed above the code first.',
  pluginSettings: 'Enter these in Settings → Upper back surgery:',
  steps: {
    html: [UPLOAD_EN, 'Paste the first part into the page\'s <head>.', 'Paste the second part where the guide should show.', 'Save the page and open it to check.'],
    wordpressBlock: [
      PLUGIN_EN,
      PLUGIN_SETTINGS_EN,
      'Edit the page. Open the menu ⋮ at the top right and choose Code editor.',
      'Paste the blocks where the guide should show, choose Exit code editor, then Update.',
    ],
    wordpressShortcode: [
      PLUGIN_EN,
      PLUGIN_SETTINGS_EN,
      'Edit the page and add a Shortcode block where the guide should show.',
      'Paste the shortcode into it, then Update.',
    ],
    wordpressPlaceholders: [
      UPLOAD_WORDPRESS_EN,
      'An administrator adds the first part once for the whole site, in the <head> (with a header-code plugin, or the theme).',
      'In a post, add a Custom HTML block (any author can) and paste the second part into it.',
      'Update, then open the post to check.',
    ],
    wordpressHtml: [
      UPLOAD_WORDPRESS_EN,
      'Log in as an administrator (others cannot save scripts). Edit the page and add a Custom HTML block.',
      'Paste the code into it, then Update.',
    ],
    drupal: [
      UPLOAD_DRUPAL_EN,
      'Edit the page. Under the body, set Text format to Full HTML (it must keep <script> and its tags: "Limit allowed HTML tags" off).',
      'Choose Source in the editor\'s toolbar and paste the code where the guide should show.',
      'Save, then open the page to check.',
    ],
    squarespace: ['Edit the page, choose Add block, then Code.', 'Paste the code into the block, then Save. Put every part you chose in this one block: a page needs the code once.'],
    wix: ['In the Wix editor choose Add → Embed code → Embed HTML, then Enter code.', 'Choose Code, paste the code, then Update.'],
    cdn: ['Paste the first part into the page\'s <head>. The browser checks each file against its fingerprint (integrity) and refuses one that was changed.', 'Paste the second part where the guide should show.', 'Save the page and open it to check.'],
    npm: ['Import it once in your site\'s script (second part).', 'Put the elements in your page or template (third part).'],
    server: [
      'Save your clinic\'s details as settings.json, if you gave any (first part).',
      'Run the commands: each writes one part of the guide as HTML, with its text already inside. Readers, search engines and feed readers get the text even without JavaScript.',
      'Put each .html file where that part should show, in the page\'s <body>.',
      'Download the files (below) and put the folder "ubs" at the top of your site, so that /ubs/upper-back-surgery-late.js is served.',
      'Add the script line to the page\'s <head> (last part). It loads after the text shows and makes the questionnaire and the contents list work.',
      'Run the commands again when you change your details or update the package: the page must carry the same details as the HTML.',
    ],
  },
  singlePasteFirst: (size) => `Nothing to upload: the code below holds the whole library (${size}), the Spanish text and the list of sources included.`,
  singlePasteLimits: (size, gzip, hash) => [
    `It is large: ${size} (${gzip} as your site sends it compressed). Every page that has it carries all of it, so put it on the one page that shows the guide, once.`,
    'To update the guide, copy the code again from a newer version and paste it over the old one: it does not update by itself.',
    `If your site sets a Content-Security-Policy that blocks scripts written in the page, add '${hash}' to its script-src. Paste the code exactly as copied: a changed character changes the hash.`,
  ],
  wixHeight: (height, width) =>
    height && width
      ? `Make the embed at least ${height} px tall: that is how tall your choice is in the preview at ${width} px wide (switch the preview to Phone for phones). The frame does not grow by itself; readers scroll inside it when it is shorter.`
      : 'Make the embed tall enough to show your choice (the preview shows how tall it is): the frame does not grow by itself.',
  cdnFirst: (version) =>
    `This works once version ${version} of the package is published on npm: until then these addresses answer "not found", so use another route today. It loads the files from jsDelivr, a public CDN; the Spanish text and the list of sources come from there too, without a fingerprint check.`,
  npmFirst: (file) =>
    file
      ? `Install the package (first part). Until it is published on npm, download the package file (below) and run npm install ./${file} instead.`
      : 'Install the package (first part).',
  shareHeading: 'Share or keep these choices',
  shareHint: 'This link holds everything you chose. It is not stored or sent anywhere: bookmark it, or send it to your web agency.',
  copyLink: 'Copy link',
  elementNames: {},
  attributeLabels: { 'heading-level': 'Heading level', exclude: 'Leave out', procedures: 'Procedures', highlight: 'Highlight', questions: 'Questions' },
  // The attributes offered as boxes or a list say so; the others keep the manifest's description.
  attributeHints: {
    exclude: 'Parts of the whole guide to leave out.',
    procedures: 'The procedures to compare.',
    highlight: 'A procedure to mark, for example the one your clinic offers.',
    questions: 'The questions to show.',
  },
  invalidBefore: 'Problem:',
};

const es: Texts = {
  title: 'Ponga la guía de cirugía de la parte superior de la espalda en su sitio web',
  intro: 'Elija qué mostrar y escriba los datos de su clínica. Verá el resultado al momento y obtendrá el código exacto para su sitio web, con pasos cortos. Nada de lo que escriba sale de esta página.',
  interfaceLanguage: 'Idioma de esta página',
  downloadsHeading: (version) => `Descargas (versión ${version})`,
  downloadsHint: 'Los pasos de 5 dicen cuál necesita. Nada de lo que escriba va en estos archivos.',
  downloads: {
    files: 'Archivos para su sitio web',
    wordpress: 'Plugin de WordPress',
    singlePaste: 'Script para pegar de una vez, para sitios que no pueden guardar archivos',
    package: 'Paquete de npm',
    changelog: 'Qué cambió (en inglés)',
    sums: 'Huellas SHA-384 de los archivos',
  },
  downloadLink: (label, type, size) => `${label} (${type}, ${size})`,
  releaseMissing: 'Los archivos de la versión no están junto a esta página (npm run release), así que aquí no hay nada que descargar.',
  routeUnavailable: 'Esto necesita los archivos de la versión, que no están junto a esta página (npm run release).',
  loadingCode: 'Preparando el código…',
  whatHeading: '1. Qué mostrar',
  whatHint: 'La guía completa o solo algunas partes. Las partes marcadas se muestran en el orden de abajo.',
  orderHeading: 'En este orden',
  orderEmpty: 'Aún no ha elegido nada. Marque al menos una parte arriba.',
  moveUp: (name) => `Subir ${name}`,
  moveDown: (name) => `Bajar ${name}`,
  remove: (name) => `Quitar ${name}`,
  optionsOf: (name) => `Opciones de ${name}`,
  notSet: 'Sin fijar (lo predeterminado)',
  showAllHint: 'Con todas las casillas marcadas, o ninguna, se muestran todas.',
  noneChosen: 'Ninguno',
  alreadyInGuide: 'Ya está en la guía completa, así que se vería dos veces. Quítela aquí, o márquela en "Dejar fuera" de la guía completa.',
  clinicHeading: '2. Su clínica',
  clinicHint: 'Escríbalos una vez; todas las partes los usan. Deje un campo vacío si no quiere mostrarlo.',
  settings: {
    clinicName: { label: 'Nombre de la clínica', hint: 'Se muestra en el recuadro de contacto.' },
    phone: { label: 'Teléfono', hint: 'Por ejemplo +1 555 010 0100.', problem: 'No es un número de teléfono: use de 7 a 15 cifras, con espacios, puntos, guiones o paréntesis si quiere.' },
    bookingUrl: { label: 'Enlace para pedir cita', hint: 'La dirección web de su página de citas.', problem: 'No es una dirección web: debe empezar por https:// (o http://).' },
    email: { label: 'Correo electrónico', hint: 'Por ejemplo columna@clinica.example.', problem: 'No es una dirección de correo electrónico.' },
    reviewerName: { label: 'Revisor', hint: 'El médico que revisó la guía para su clínica.' },
    reviewerCredentials: { label: 'Títulos del revisor', hint: 'Por ejemplo MD, cirujano ortopédico de columna.' },
    reviewDate: {
      label: 'Fecha de revisión',
      hint: 'Cuándo la revisó, escrita AAAA-MM-DD, por ejemplo 2026-10-01.',
      problem: 'No es una fecha escrita AAAA-MM-DD.',
      noSuchDate: 'Esta fecha no existe: revise el mes y el día.',
    },
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
  accentUnset: 'Aún no hay ninguno: el selector muestra el color propio de la guía.',
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
  previewHint: 'La guía sigue el idioma de su página, salvo que haya elegido uno en el paso 2. Arrastre la esquina del marco para probar otros anchos.',
  previewTitle: 'Vista previa de la guía',
  skipPreview: 'Saltar la vista previa, al paso 4',
  pageLang: 'El idioma de su página',
  scaled: (percent, width) => `Se muestra al ${percent} % de su tamaño, para que la página de ${width} px de ancho quepa aquí.`,
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
    squarespace: 'Squarespace (se pega una vez, nada que subir)',
    wix: 'Wix (se pega una vez, nada que subir)',
    cdn: 'Cualquier página, desde un CDN público (cuando el paquete esté en npm)',
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
  problemsHeading: 'Corrija esto antes de copiar el código:',
  notCopied: 'No se copió: el código tiene un problema. Corrija primero lo que aparece encima del código.',
  pluginSettings: 'Escriba esto en Ajustes → Cirugía de la parte superior de la espalda:',
  steps: {
    html: [UPLOAD_ES, 'Pegue la primera parte en el <head> de la página.', 'Pegue la segunda parte donde debe verse la guía.', 'Guarde la página y ábrala para comprobarla.'],
    wordpressBlock: [
      PLUGIN_ES,
      PLUGIN_SETTINGS_ES,
      'Edite la página. Abra el menú ⋮ arriba a la derecha y elija Editor de código.',
      'Pegue los bloques donde debe verse la guía, elija Salir del editor de código y luego Actualizar.',
    ],
    wordpressShortcode: [
      PLUGIN_ES,
      PLUGIN_SETTINGS_ES,
      'Edite la página y añada un bloque Shortcode donde debe verse la guía.',
      'Pegue el shortcode en él y luego Actualizar.',
    ],
    wordpressPlaceholders: [
      UPLOAD_WORDPRESS_ES,
      'Un administrador añade la primera parte una vez para todo el sitio, en el <head> (con un plugin de código de cabecera, o el tema).',
      'En una entrada, añada un bloque HTML personalizado (cualquier autor puede) y pegue en él la segunda parte.',
      'Actualice y abra la entrada para comprobarla.',
    ],
    wordpressHtml: [
      UPLOAD_WORDPRESS_ES,
      'Entre como administrador (los demás no pueden guardar scripts). Edite la página y añada un bloque HTML personalizado.',
      'Pegue el código en él y luego Actualizar.',
    ],
    drupal: [
      UPLOAD_DRUPAL_ES,
      'Edite la página. Bajo el cuerpo, ponga Formato de texto en Full HTML (debe conservar <script> y sus etiquetas: "Limitar etiquetas HTML permitidas" desactivado).',
      'Elija Código fuente en la barra del editor y pegue el código donde debe verse la guía.',
      'Guarde y abra la página para comprobarla.',
    ],
    squarespace: ['Edite la página, elija Añadir bloque y luego Código.', 'Pegue el código en el bloque y luego Guardar. Ponga todas las partes elegidas en este único bloque: una página necesita el código una sola vez.'],
    wix: ['En el editor de Wix elija Añadir → Insertar código → Insertar HTML y luego Introducir código.', 'Elija Código, pegue el código y luego Actualizar.'],
    cdn: ['Pegue la primera parte en el <head> de la página. El navegador compara cada archivo con su huella (integrity) y rechaza uno que haya cambiado.', 'Pegue la segunda parte donde debe verse la guía.', 'Guarde la página y ábrala para comprobarla.'],
    npm: ['Impórtelo una vez en el script de su sitio (segunda parte).', 'Ponga los elementos en su página o plantilla (tercera parte).'],
    server: [
      'Guarde los datos de su clínica como settings.json, si dio alguno (primera parte).',
      'Ejecute los comandos: cada uno escribe una parte de la guía como HTML, con el texto ya dentro. Los lectores, los buscadores y los lectores de noticias reciben el texto aun sin JavaScript.',
      'Ponga cada archivo .html donde deba verse esa parte, en el <body> de la página.',
      'Descargue los archivos (abajo) y ponga la carpeta "ubs" en la raíz de su sitio, para que se sirva /ubs/upper-back-surgery-late.js.',
      'Agregue la línea del script al <head> de la página (última parte). Se carga después de que se ve el texto y hace funcionar el cuestionario y el índice.',
      'Vuelva a ejecutar los comandos cuando cambie sus datos o actualice el paquete: la página debe llevar los mismos datos que el HTML.',
    ],
  },
  singlePasteFirst: (size) => `No hay nada que subir: el código de abajo contiene toda la biblioteca (${size}), con el texto en español y la lista de fuentes.`,
  singlePasteLimits: (size, gzip, hash) => [
    `Es grande: ${size} (${gzip} tal como su sitio lo envía, comprimido). Cada página que lo tiene lo lleva entero, así que póngalo una vez, en la página que muestra la guía.`,
    'Para actualizar la guía, copie de nuevo el código de una versión más nueva y péguelo en lugar del anterior: no se actualiza solo.',
    `Si su sitio tiene una Content-Security-Policy que bloquea los scripts escritos en la página, añada '${hash}' a su script-src. Pegue el código tal como lo copió: un carácter cambiado cambia la huella.`,
  ],
  wixHeight: (height, width) =>
    height && width
      ? `Dé al marco al menos ${height} px de alto: es lo que mide su elección en la vista previa con ${width} px de ancho (cambie la vista previa a Teléfono para los teléfonos). El marco no crece solo; si es más bajo, los lectores se desplazan dentro de él.`
      : 'Dé al marco altura suficiente para su elección (la vista previa muestra cuánto mide): no crece solo.',
  cdnFirst: (version) =>
    `Esto funciona cuando la versión ${version} del paquete esté publicada en npm: hasta entonces estas direcciones responden "no encontrado", así que hoy use otra opción. Carga los archivos de jsDelivr, un CDN público; el texto en español y la lista de fuentes también vienen de allí, sin comprobar su huella.`,
  npmFirst: (file) =>
    file
      ? `Instale el paquete (primera parte). Mientras no esté publicado en npm, descargue el archivo del paquete (abajo) y ejecute npm install ./${file} en su lugar.`
      : 'Instale el paquete (primera parte).',
  shareHeading: 'Compartir o guardar estas opciones',
  shareHint: 'Este enlace contiene todo lo que eligió. No se guarda ni se envía a ninguna parte: guárdelo en marcadores o envíelo a su agencia web.',
  copyLink: 'Copiar enlace',
  // The Spanish summaries the reviewer's packet shows too: one place, in the content.
  elementNames: { ...esElementSummaries },

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
    exclude: 'Partes de la guía completa que dejar fuera.',
    procedures: 'Los procedimientos que comparar.',
    highlight: 'Un procedimiento que destacar, por ejemplo el que ofrece su clínica.',
    questions: 'Las preguntas que mostrar.',
    'structured-data': 'Añade las preguntas como datos estructurados (JSON-LD) para los buscadores.',
    'hide-sources': 'Deja fuera la lista de fuentes.',
  },
  invalidBefore: 'Problema:',
};

export const TEXTS: Readonly<Record<UiLanguage, Texts>> = { en, es };
