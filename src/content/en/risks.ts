import type { GuideContent } from '../types.js';

/**
 * Risks, each with its sources. Where a figure comes from lower back surgery, the text says so; the
 * risks of operating on the upper back (through the chest or side, near the spinal cord) come from
 * studies of upper back surgery (Oltulu 2019, Elhadi 2015, Kato 2020).
 */
export const risks: GuideContent['risks'] = {
  title: 'Risks of surgery',
  intro: {
    seeds: ['S17'],
    sources: ['article'],
    text: 'Every surgery has risks. Ask your surgeon how likely each one is for you.',
  },
  commonTitle: 'Risks of every surgery',
  furtherTitle: 'Other risks of spine surgery',
  items: [
    {
      id: 'anaesthesia',
      common: true,
      seeds: ['S17'],
      sources: ['article', 'rcoaSideEffects', 'rcoaDelirium'],
      name: 'Reaction to anesthesia',
      detail: 'Anesthesia is the medicine that stops you from feeling pain during surgery. Many people feel sick after it. Some feel dizzy, or confused for a while. Ask your care team about your own risk.',
    },
    {
      id: 'infection',
      common: true,
      seeds: ['S17'],
      sources: ['article', 'nhsRisks'],
      name: 'Infection',
      detail: 'Germs can get into the wound. After a lower back operation, this happens to up to 1 in 25 people.',
    },
    {
      id: 'bleeding',
      common: true,
      seeds: ['S17'],
      sources: ['article'],
      name: 'Bleeding',
      detail: 'You may bleed during or after surgery.',
    },
    {
      id: 'nerve-injury',
      common: false,
      sources: ['spineSpecialistRisks', 'katoThoracic2020', 'neurospineThoracic'],
      name: 'Nerve or spinal cord injury, and paralysis',
      detail: 'The nerves or the spinal cord can be hurt. This can cause weakness, numbness or pain. In rare cases it causes paralysis: the legs stop working, or you lose control of your bladder or bowels. In the upper back, the operation is close to the spinal cord, which is easily hurt there. So these operations have risks of their own. Ask your surgeon for your own risk.',
    },
    {
      id: 'cord-bleeding',
      common: false,
      sources: ['spineJ2013Seh', 'anno2019', 'epstein2023'],
      name: 'Bleeding that presses on the spinal cord',
      detail: 'Rarely, blood collects next to the spinal cord after surgery and presses on it. After upper back surgery, this shows up as new weakness or numbness in the legs, sometimes days later. It is an emergency: call {emergency}. It needs another operation right away.',
    },
    {
      id: 'lung-problems',
      common: false,
      sources: ['oltulu2019'],
      name: 'Lung problems after an operation through the chest',
      detail: 'Some upper back operations go in through the side of the chest. After these, a lung can partly collapse, or fluid can build up around it. A tube in the chest may be needed to drain it. Pneumonia, a lung infection, can also happen.',
    },
    {
      id: 'rib-nerve-pain',
      common: false,
      sources: ['oltulu2019'],
      name: 'Nerve pain around the ribs',
      detail: 'After an operation through the chest, some people have pain or numbness along the ribs.',
    },
    {
      id: 'blood-vessels',
      common: false,
      sources: ['katoThoracic2020'],
      name: 'Risks from the lungs and large blood vessels close by',
      detail: 'Large blood vessels and the lungs lie close to the spine in the chest. So operations there have risks of their own. Ask your surgeon about them.',
    },
    {
      id: 'fluid-leak',
      common: false,
      sources: ['edinburghDecompression', 'oltulu2019'],
      name: 'Spinal fluid leak',
      detail: 'The thin cover around the spinal cord and nerves can tear. Fluid may leak out and cause headaches. A leak seen during surgery can usually be sealed then.',
    },
    {
      id: 'hardware',
      common: false,
      seeds: ['S9'],
      sources: ['spineSpecialistRisks', 'rometsch2020'],
      name: 'Problems with screws or rods',
      detail: 'Screws, rods or plates can loosen, move or break. Some people need another operation to fix or remove them. This is more likely when bones are weak.',
    },
    {
      id: 'non-union',
      common: false,
      sources: ['nunnaSmoking'],
      name: 'Fusion that does not heal',
      detail: 'After a fusion, the bones may not grow together. People who smoke are almost twice as likely to have this.',
    },
    {
      id: 'adjacent-level',
      common: false,
      sources: ['abraham2014'],
      name: 'Wear next to a fusion',
      detail: 'The joined bones can no longer move. This puts more strain on the spine above and below them. Over the years this can wear those parts down, and some people need another operation.',
    },
    {
      id: 'blood-clots',
      common: false,
      sources: ['nhsRisks', 'bucksVte'],
      name: 'Blood clots',
      detail: 'A clot can form in a leg vein. In rare cases, part of it travels to the lungs, which is an emergency. Staying active while you recover lowers the risk.',
    },
    {
      id: 'pain-continues',
      common: false,
      seeds: ['S18'],
      sources: ['article', 'nhsRisks'],
      name: 'Pain that stays or comes back',
      detail: 'After a lower back decompression, up to 1 in 3 people still have symptoms or get them again within a few years.',
    },
    {
      id: 'death',
      common: false,
      sources: ['stephenMorrisRisks'],
      name: 'Death',
      detail: 'Very rarely, serious problems with the anesthesia or the operation can lead to death. Ask your surgeon about your own risk.',
    },
  ],
  notACure: {
    seeds: ['S18'],
    sources: ['article', 'nhsRisks'],
    text: 'Many people hope surgery will end their back pain for good. This rarely happens. Surgery may ease pain, but it is not a sure cure.',
  },
};
