import type { GuideContent } from '../types.js';

export const warningSigns: GuideContent['warningSigns'] = {
  emergency: {
    title: 'Llame ahora al {emergency} si después de la cirugía tiene:',
    signs: [
      { sources: ['nhsDvt', 'nhsHeartAttack'], text: 'Dolor en el pecho o dificultad repentina para respirar' },
      { sources: ['nhsChoicesRecovery', 'patientInfoScc'], text: 'Piernas que no puede mover, o debilidad o entumecimiento nuevo y repentino en las piernas' },
      { sources: ['nhsChoicesRecovery', 'northernTrustBackPain'], text: 'Pérdida del control de la orina o las heces, o no puede orinar' },
    ],
  },
  callSurgeon: {
    title: 'Llame de inmediato a su cirujano o al hospital si tiene:',
    signs: [
      { sources: ['nhsChoicesRecovery'], text: 'Fiebre de 100.4 °F (38 °C) o más' },
      { sources: ['nhsChoicesRecovery'], text: 'Una herida roja o que suelta líquido, o puntos que se salen' },
      { sources: ['nhsChoicesRecovery'], text: 'Un vendaje empapado de sangre' },
      { sources: ['nhsChoicesRecovery'], text: 'Dolor, entumecimiento o debilidad en las piernas, la espalda o las nalgas que empeora' },
      { sources: ['nhsChoicesRecovery'], text: 'Un dolor de cabeza muy fuerte' },
      { sources: ['nhsDvt'], text: 'Una pantorrilla o pierna hinchada y con dolor' },
    ],
  },
};
