// CCTV: legitimate interests (Art. 6(1)(f)), which must name a real, present risk (EDPB Guidelines 3/2019, para. 20).
// Footage is not special-category data unless it is processed to deduce such data (ibid., section 5), so no Art. 9
// condition. The EDPB's storage guidance (para. 121) gives the period; the people filmed are the only source.
import type { ActivityTemplate } from '../activity-template.ts';

export const cctv: ActivityTemplate = {
  id: 'cctv',
  name: { en: 'CCTV', uk: 'Відеоспостереження', bg: 'Видеонаблюдение', sl: 'Videonadzor' },
  description: {
    en: 'Video surveillance of the premises to protect people and property and to document incidents, with signs at the entrances.',
    uk: 'Відеоспостереження в приміщеннях і на території для захисту людей і майна та фіксації інцидентів, з інформаційними табличками на входах.',
    bg: 'Видеонаблюдение на помещенията и територията за защита на хората и имуществото и за документиране на инциденти, с информационни табели на входовете.',
    sl: 'Videonadzor prostorov in okolice za zaščito ljudi in premoženja ter dokumentiranje incidentov, z obvestili na vhodih.',
  },
  purposes: [
    {
      en: 'Protecting people on the premises against violence',
      uk: 'Захист людей на території від насильства',
      bg: 'Защита на хората на територията от насилие',
      sl: 'Zaščita oseb v prostorih pred nasiljem',
    },
    {
      en: 'Protecting property against theft, burglary and vandalism',
      uk: 'Захист майна від крадіжок, проникнень і вандалізму',
      bg: 'Защита на имуществото от кражби, взломове и вандализъм',
      sl: 'Zaščita premoženja pred tatvinami, vlomi in vandalizmom',
    },
    {
      en: 'Gathering evidence of incidents for the police, insurers and courts',
      uk: 'Збирання доказів інцидентів для поліції, страховиків і судів',
      bg: 'Събиране на доказателства за инциденти за полицията, застрахователите и съдилищата',
      sl: 'Zbiranje dokazov o incidentih za policijo, zavarovalnice in sodišča',
    },
  ],
  legalBases: [
    {
      basis: 'legitimate-interests',
      detail: {
        en: 'Protecting people, premises and property against a real and present risk of crime or violence, and establishing or defending legal claims about incidents (EDPB Guidelines 3/2019, para. 20): name the risk, such as earlier incidents',
        uk: 'Захист людей, приміщень і майна від реальної та наявної загрози злочинів або насильства, а також встановлення чи захист правових вимог щодо інцидентів (Настанови EDPB 3/2019, п. 20): зазначте цю загрозу, наприклад попередні інциденти',
        bg: 'Защита на хората, помещенията и имуществото от реален и настоящ риск от престъпления или насилие, както и установяване или защита на правни претенции във връзка с инциденти (Насоки 3/2019 на ЕКЗД, т. 20): посочете риска, например предишни инциденти',
        sl: 'Zaščita oseb, prostorov in premoženja pred dejanskim in sedanjim tveganjem kaznivih dejanj ali nasilja ter uveljavljanje ali obramba pravnih zahtevkov v zvezi z incidenti (Smernice EOVP 3/2019, točka 20): navedite tveganje, na primer pretekle incidente',
      },
    },
  ],
  dataSubjects: [
    { en: 'Employees', uk: 'Працівники', bg: 'Служители', sl: 'Zaposleni' },
    { en: 'Visitors and customers', uk: 'Відвідувачі та клієнти', bg: 'Посетители и клиенти', sl: 'Obiskovalci in stranke' },
    {
      en: 'Passers-by within the cameras’ view',
      uk: 'Перехожі, які потрапляють у поле зору камер',
      bg: 'Минувачи в обхвата на камерите',
      sl: 'Mimoidoči v vidnem polju kamer',
    },
  ],
  dataCategories: [
    {
      name: {
        en: 'Video images of people in the monitored areas (no sound)',
        uk: 'Відеозображення людей у зонах спостереження (без звуку)',
        bg: 'Видеоизображения на хората в наблюдаваните зони (без звук)',
        sl: 'Videoposnetki oseb v nadzorovanih območjih (brez zvoka)',
      },
    },
    {
      name: {
        en: 'Date, time and camera of each recording',
        uk: 'Дата, час і камера кожного запису',
        bg: 'Дата, час и камера на всеки запис',
        sl: 'Datum, čas in kamera posameznega posnetka',
      },
    },
    {
      name: {
        en: 'Incident reports and the footage kept for them',
        uk: 'Звіти про інциденти та записи, збережені для них',
        bg: 'Доклади за инциденти и записите, запазени за тях',
        sl: 'Poročila o incidentih in zanje shranjeni posnetki',
      },
    },
  ],
  recipients: [
    {
      en: 'The police and prosecuting authorities, on request about an incident',
      uk: 'Поліція та органи прокуратури — на запит щодо інциденту',
      bg: 'Полицията и прокуратурата — при искане във връзка с инцидент',
      sl: 'Policija in tožilstvo na zahtevo v zvezi z incidentom',
    },
    {
      en: 'Insurers and lawyers handling a claim about a recorded incident',
      uk: 'Страховики та адвокати, які розглядають вимогу щодо зафіксованого інциденту',
      bg: 'Застрахователи и адвокати, които обработват претенция за заснет инцидент',
      sl: 'Zavarovalnice in odvetniki, ki obravnavajo zahtevek v zvezi s posnetim incidentom',
    },
  ],
  retention: {
    period: {
      en: '72 hours, then erased automatically; longer only where the need is argued and recorded; footage of an incident kept until the incident is dealt with',
      uk: '72 години, після чого записи автоматично стираються; довше — лише якщо необхідність обґрунтовано й задокументовано; записи інциденту зберігаються до завершення його розгляду',
      bg: '72 часа, след което записите се изтриват автоматично; по-дълго — само ако необходимостта е обоснована и документирана; записите на инцидент се пазят до приключване на разглеждането му',
      sl: '72 ur, nato se posnetki samodejno izbrišejo; dlje le, če je potreba utemeljena in dokumentirana; posnetki incidenta se hranijo do zaključka njegove obravnave',
    },
    source: {
      authority: 'EDPB (EU)',
      reference: 'Guidelines 3/2019 on processing of personal data through video devices, version 2.0, para. 121',
      url: 'https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-32019-processing-personal-data-through-video_en',
    },
    note: {
      en: 'The EDPB asks for erasure after a few days, and for more argument the longer footage is kept beyond 72 hours. Some supervisory authorities set their own maximum: the Luxembourg CNPD, for example, allows 8 days, or up to 30 days where justified, with the reasons entered in the record of processing activities. Check your authority’s guidance and any national law on video surveillance.',
      uk: 'EDPB рекомендує стирати записи через кілька днів і вимагає тим більшого обґрунтування, чим довше понад 72 години їх зберігають. Деякі наглядові органи встановлюють власний максимальний строк: наприклад, CNPD Люксембургу допускає 8 днів або до 30 днів, якщо це обґрунтовано, а причини зазначено в реєстрі операцій з обробки. Перевірте настанови вашого наглядового органу та національне законодавство про відеоспостереження.',
      bg: 'ЕКЗД препоръчва записите да се изтриват след няколко дни и изисква толкова по-силна обосновка, колкото по-дълго над 72 часа се пазят. Някои надзорни органи определят собствен максимален срок: например CNPD на Люксембург допуска 8 дни или до 30 дни, когато това е обосновано, като причините се вписват в регистъра на дейностите по обработване. Проверете насоките на вашия надзорен орган и националното законодателство за видеонаблюдението.',
      sl: 'EOVP priporoča izbris po nekaj dneh in zahteva tem močnejšo utemeljitev, čim dlje od 72 ur se posnetki hranijo. Nekateri nadzorni organi določajo lastno najdaljše obdobje: luksemburški CNPD na primer dovoljuje 8 dni ali do 30 dni, če je to utemeljeno, razlogi pa se vpišejo v evidenco dejavnosti obdelave. Preverite smernice svojega nadzornega organa in nacionalne predpise o videonadzoru.',
    },
  },
  securityMeasures: [
    {
      en: 'Signs at the entrances giving the first layer of information (EDPB Guidelines 3/2019, section 7)',
      uk: 'Інформаційні таблички на входах із першим рівнем інформації (Настанови EDPB 3/2019, розділ 7)',
      bg: 'Информационни табели на входовете с първото ниво информация (Насоки 3/2019 на ЕКЗД, раздел 7)',
      sl: 'Obvestila na vhodih s prvo ravnjo informacij (Smernice EOVP 3/2019, poglavje 7)',
    },
    {
      en: 'Cameras cover only what the purpose needs: no toilets, changing or rest rooms, and no public street beyond the entrance',
      uk: 'Камери охоплюють лише те, що потрібно для мети: жодних туалетів, роздягалень чи кімнат відпочинку та жодних вулиць поза входом',
      bg: 'Камерите обхващат само необходимото за целта: без тоалетни, съблекални и помещения за почивка и без обществени улици извън входа',
      sl: 'Kamere zajemajo le, kar je potrebno za namen: brez stranišč, garderob in prostorov za počitek ter brez javnih površin zunaj vhoda',
    },
    {
      en: 'Recordings viewed only by named persons, and only after an incident; every viewing and export logged',
      uk: 'Записи переглядають лише визначені особи й лише після інциденту; кожен перегляд і кожне вивантаження журналюються',
      bg: 'Записите се преглеждат само от определени лица и само след инцидент; всеки преглед и всяко изнасяне се регистрират',
      sl: 'Posnetke pregledujejo le določene osebe in le po incidentu; vsak pregled in izvoz se beleži',
    },
    {
      en: 'Recordings encrypted and overwritten automatically when the period ends',
      uk: 'Записи шифруються й автоматично перезаписуються після закінчення строку',
      bg: 'Записите се криптират и се презаписват автоматично след изтичане на срока',
      sl: 'Posnetki so šifrirani in se po izteku roka samodejno prepišejo',
    },
    {
      en: 'Footage never used to assess staff performance',
      uk: 'Записи ніколи не використовуються для оцінювання роботи працівників',
      bg: 'Записите никога не се използват за оценка на работата на служителите',
      sl: 'Posnetki se nikoli ne uporabljajo za ocenjevanje dela zaposlenih',
    },
  ],
  dpia: {
    required: true,
    reason: {
      en: 'Systematic monitoring (WP248 criterion 3; Art. 35(3)(c) where publicly accessible areas are monitored on a large scale) of people who include employees, who depend on their employer (criterion 7): two criteria, so WP248 expects a DPIA (see also EDPB Guidelines 3/2019, section 10).',
      uk: 'Систематичний моніторинг (критерій 3 настанов WP248; ст. 35(3)(c), якщо загальнодоступні зони відстежуються у великому масштабі) осіб, серед яких є працівники, що залежать від роботодавця (критерій 7): два критерії, тож відповідно до WP248 оцінка впливу очікується (див. також Настанови EDPB 3/2019, розділ 10).',
      bg: 'Систематично наблюдение (критерий 3 от насоките WP248; чл. 35, пар. 3, буква „в“ от ОРЗД, когато публично достъпни зони се наблюдават в голям мащаб) на лица, сред които и служители, зависими от работодателя (критерий 7): два критерия, поради което съгласно WP248 се очаква оценка на въздействието (вж. и Насоки 3/2019 на ЕКЗД, раздел 10).',
      sl: 'Sistematično spremljanje (merilo 3 smernic WP248; točka (c) člena 35(3), kadar se v velikem obsegu nadzorujejo javno dostopna območja) oseb, med katerimi so tudi zaposleni, ki so od delodajalca odvisni (merilo 7): dve merili, zato smernice WP248 pričakujejo oceno učinka (glej tudi Smernice EOVP 3/2019, poglavje 10).',
    },
  },
  // The images are taken from the people filmed themselves (Art. 13 applies, not Art. 14).
  confirmedNone: ['sources'],
  // Customers and visitors are filmed: the privacy policy tells them, as the second layer behind the signs.
  public: true,
};
