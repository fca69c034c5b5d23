import type { Term } from '../sections/references.js';

/**
 * Palabras médicas y lo que quieren decir, con las palabras que la guía ya usa. Cada elemento da la
 * definición donde usa la palabra por primera vez; una definición no nombra otra palabra de la lista.
 */
export const terms: readonly Term[] = [
  {
    id: 'thoracicSpine',
    term: 'Parte alta de la espalda',
    definition: 'la parte de la columna a la altura del pecho, entre el cuello y la parte baja de la espalda. Los médicos la llaman columna torácica.',
    forms: ['parte alta de la espalda', 'columna torácica', 'torácica', 'torácico'],
  },
  {
    id: 'incision',
    term: 'Incisión',
    definition: 'un corte que hace el cirujano en la piel.',
    forms: ['incisión', 'incisiones'],
  },
  {
    id: 'conservativeCare',
    term: 'Tratamiento conservador',
    definition: 'tratamiento sin operación, como medicinas, ejercicio o masajes.',
    forms: ['tratamiento conservador', 'tratamientos conservadores'],
  },
  {
    id: 'discectomy',
    term: 'Discectomía',
    definition: 'una operación para sacar todo o parte de un disco dañado. Un disco es el cojín blando entre los huesos de la espalda.',
    forms: ['discectomía', 'discectomías'],
  },
  {
    id: 'herniatedDisc',
    term: 'Hernia de disco',
    definition: 'un disco con el centro blando salido hacia afuera. Puede presionar un nervio y causar dolor.',
    forms: ['hernia de disco', 'hernias de disco', 'hernia discal', 'hernias discales', 'disco herniado', 'discos herniados'],
  },
  {
    id: 'spinalFusion',
    term: 'Fusión espinal (artrodesis)',
    definition: 'una operación que une dos o más huesos de la espalda para que crezcan como uno solo.',
    forms: ['fusión espinal', 'fusión', 'fusiones', 'artrodesis'],
  },
  {
    id: 'decompression',
    term: 'Descompresión',
    definition: 'una operación que da más espacio a los nervios de la espalda.',
    forms: ['descompresión', 'descompresiones'],
  },
  {
    id: 'stenosis',
    term: 'Estenosis',
    definition: 'el espacio de los nervios en la espalda se ha vuelto muy estrecho.',
    forms: ['estenosis'],
  },
  {
    id: 'generalAnesthesia',
    term: 'Anestesia general',
    definition: 'medicina que lo duerme por completo durante la cirugía.',
    forms: ['anestesia general'],
  },
  {
    id: 'localAnesthesia',
    term: 'Anestesia local',
    definition: 'medicina que adormece solo una parte del cuerpo. Usted sigue despierto/a.',
    forms: ['anestesia local'],
  },
  {
    id: 'sedation',
    term: 'Sedación',
    definition: 'medicina que lo calma y le da sueño.',
    forms: ['sedación', 'sedado', 'sedada'],
  },
  {
    id: 'spinalCord',
    term: 'Médula espinal',
    definition: 'el grupo de nervios que va por dentro de la columna. Lleva mensajes entre el cerebro y el cuerpo.',
    forms: ['médula espinal'],
  },
  {
    id: 'lumbar',
    term: 'Columna lumbar',
    definition: 'la parte baja de la espalda.',
    forms: ['columna lumbar', 'lumbar', 'lumbares'],
  },
  {
    id: 'vertebra',
    term: 'Vértebra',
    definition: 'cada uno de los huesos de la columna.',
    forms: ['vértebra', 'vértebras'],
  },
  {
    id: 'opioid',
    term: 'Opioides',
    definition: 'medicinas fuertes para el dolor. Pueden crear dependencia: úselas solo como le diga su médico.',
    forms: ['opioide', 'opioides'],
  },
  {
    id: 'chiropractic',
    term: 'Atención quiropráctica',
    definition: 'un tratamiento que usa las manos para mover las articulaciones de la espalda.',
    forms: ['quiropráctica', 'quiropráctico', 'quiroprácticos'],
  },
  {
    id: 'acupuncture',
    term: 'Acupuntura',
    definition: 'un tratamiento con agujas muy finas que se ponen en la piel.',
    forms: ['acupuntura'],
  },
  {
    id: 'hardware',
    term: 'Implantes',
    definition: 'tornillos, varillas o placas que mantienen firmes los huesos de la espalda mientras sanan.',
    forms: ['implantes', 'material de fijación'],
  },
  {
    id: 'dura',
    term: 'Fuga de líquido espinal',
    definition: 'una rotura en la capa fina que cubre los nervios dentro de la columna. Sale el líquido de adentro y puede causar dolor de cabeza.',
    forms: ['líquido espinal', 'líquido cefalorraquídeo', 'duramadre'],
  },
];
