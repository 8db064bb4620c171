// The six bases of Art. 6(1) as the GDPR's own texts and DPOs' registers name them, in en, fr, de, uk, bg and sl.
// Each entry is a stem (text-match.ts): "intérêt légitime" also reads "intérêts légitimes". Ukrainian has no official
// text of the GDPR; its entries are the terms of Ukrainian translations and of the Law on Personal Data Protection.
import type { LegalBasis } from '../../model/vocabulary.ts';

export const LEGAL_BASIS_WORDS: Readonly<Record<LegalBasis, readonly string[]>> = {
  consent: [
    'consent',
    'consentement',
    'einwilligung',
    'zustimmung',
    'згод', // згода, згоди
    'съгласи', // съгласие, съгласието; not "съгласно" (according to), which legal obligations cite
    'privolitev',
    'privolitv', // privolitve
    'soglasj', // soglasje
  ],
  contract: [
    'contract',
    'performance of a contract',
    'pre contractual',
    'precontractual',
    'contrat',
    'contractuel',
    'precontractuel',
    'vertrag', // Vertrag, Vertragserfüllung, vertraglich
    'vorvertraglich',
    'догов', // договір, договору (uk), договор (bg)
    'контракт',
    'pogodb', // pogodba, pogodbe
  ],
  'legal-obligation': [
    'legal obligation',
    'statutory obligation',
    'legal requirement',
    'statutory requirement',
    'regulatory requirement',
    'obligation legale',
    'obligation reglementaire',
    'rechtliche verpflichtung',
    'gesetzliche verpflichtung',
    'gesetzliche pflicht',
    'rechtspflicht',
    'юридичн обов', // юридичного обов'язку
    'юридичн зобов',
    'правов зобов',
    'законн зобов',
    'вимог закон',
    'законов задължени',
    'правн задължени',
    'законов изискван',
    'zakonsk obveznost',
    'pravn obveznost',
    'zakonsk zahtev',
  ],
  'vital-interests': [
    'vital interest',
    'interet vita',
    'lebenswichtig interesse',
    'життєв важлив інтерес',
    'життєв інтерес',
    'жизненоважн интерес',
    'жизнено важн интерес',
    'zivljenjsk interes',
    'zivljenjsko pomembn interes',
  ],
  'public-task': [
    'public task',
    'public interest',
    'official authority',
    'public authority',
    'public function',
    'mission d interet public',
    'mission de service public',
    'interet public',
    'autorite publique',
    'offentlich interesse',
    'offentlich gewalt',
    'offentlich aufgabe',
    'публічн завдан',
    'суспільн інтерес',
    'публічн інтерес',
    'офіційн повноваж',
    'обществен интерес',
    'официалн правомощ',
    'публичн правомощ',
    'javn interes',
    'javn nalog',
    'javn oblast',
    'javn pooblast',
  ],
  'legitimate-interests': [
    'legitimate interest',
    'interet legitime',
    'berechtigte interesse',
    'legitime interesse',
    'законн інтерес',
    'легітимн інтерес',
    'законен интерес',
    'законн интерес',
    'легитимн интерес',
    'zakonit interes',
    'legitimn interes',
    'upravicen interes',
  ],
};
