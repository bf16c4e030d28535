import {
  assistantFields,
  basisText,
  chatFields,
  contactParagraphs,
  decidesForNav,
  FIELD_WORDS,
  listText,
  months,
  PURPOSE_NN,
  recipients,
  responsibleParagraphs,
} from './noticeWords.js';
import type { NoticeInput, NoticeLanguage, NoticeSection, NoticeText } from './notice.js';
import { buildSummary } from './noticeSummary.js';
import { PURPOSE_INFO, type Purpose } from './purposes.js';

/** The full notice in one language, section by section, with its short layer. */
export function buildText(input: NoticeInput, covered: readonly Purpose[], lang: NoticeLanguage): NoticeText {
  const { organisationName, organisation, bases, retention } = input;
  const nb = lang === 'nb';
  const w = (b: string, n: string) => (nb ? b : n);
  const has = (p: Purpose) => covered.includes(p);
  const sections: NoticeSection[] = [];

  sections.push({
    id: 'intro',
    title: w('Om denne erklæringen', 'Om denne erklæringa'),
    paragraphs: [
      w(
        `Her kan du lese hvilke opplysninger ${organisationName} lagrer om deg i InkludMI, hvorfor, hvor lenge, og hvilke rettigheter du har. Spør veilederen din hvis noe er uklart.`,
        `Her kan du lese kva opplysningar ${organisationName} lagrar om deg i InkludMI, kvifor, kor lenge, og kva rettar du har. Spør rettleiaren din viss noko er uklart.`,
      ),
      w(
        'Alt lagres kryptert på maskinen her, ikke i en sky. Appen bruker ikke internett.',
        'Alt blir lagra kryptert på maskina her, ikkje i ei sky. Appen bruker ikkje internett.',
      ),
    ],
  });

  sections.push({
    id: 'responsible',
    title: w('Hvem som er ansvarlig', 'Kven som er ansvarleg'),
    paragraphs: responsibleParagraphs(organisationName, organisation, lang),
  });

  sections.push({
    id: 'purposes',
    title: w('Hva vi bruker opplysningene til, og hvorfor', 'Kva vi bruker opplysningane til, og kvifor'),
    paragraphs: [
      w(
        'Vi bruker opplysningene om deg bare til dette. Hvert formål har sitt eget grunnlag i personvernforordningen:',
        'Vi bruker opplysningane om deg berre til dette. Kvart føremål har sitt eige grunnlag i personvernforordninga:',
      ),
    ],
    items: covered.map((p) => {
      const info = nb ? PURPOSE_INFO[p] : PURPOSE_NN[p];
      return `${info.title}: ${info.description} ${basisText(bases.get(p)!, lang)}`;
    }),
  });

  sections.push({
    id: 'data',
    title: w('Hvilke opplysninger vi lagrer', 'Kva opplysningar vi lagrar'),
    paragraphs: [w('Vi lagrer bare det oppfølgingen trenger:', 'Vi lagrar berre det oppfølginga treng:')],
    items: [
      w(
        'navnet ditt og fødselsnummeret ditt (fødselsnummeret vises bare når veilederen trenger det, og det blir logget)',
        'namnet ditt og fødselsnummeret ditt (fødselsnummeret blir berre vist når rettleiaren treng det, og det blir logga)',
      ),
      w(
        'telefon og e-post, tiltaket du er med i, datoer og NAV-kontoret ditt',
        'telefon og e-post, tiltaket du er med i, datoar og NAV-kontoret ditt',
      ),
      w(
        'målet ditt med dine egne ord, stegene i aktivitetsplanen og hvem som foreslo dem',
        'målet ditt med dine eigne ord, stega i aktivitetsplanen og kven som føreslo dei',
      ),
      w(
        'hvor viktig en endring er for deg og hvor sikker du er på å få det til (tall fra 0 til 10)',
        'kor viktig ei endring er for deg og kor sikker du er på å få det til (tal frå 0 til 10)',
      ),
      w(
        'avtaler med veilederen og veilederens notater fra samtalene',
        'avtalar med rettleiaren og notata til rettleiaren frå samtalane',
      ),
      ...(has('chatbot')
        ? [w('det du skriver med chatboten, og svarene den gir', 'det du skriv med chatboten, og svara han gir')]
        : []),
      ...(has('gamification')
        ? [w('poeng og merker, bare hvis du selv slår det på', 'poeng og merke, berre viss du sjølv slår det på')]
        : []),
      ...(has('decisionSupport')
        ? [
            w(
              'ved sykmelding: sykmeldingsgrad, diagnosekapittel (bare én bokstav), tidligere sykefravær, aldersgruppe, veilederens notater i saken, beslutningen og hvem som tok den, og senere utfallet (om du fortsatt var sykmeldt etter 26 uker)',
              'ved sjukmelding: sjukmeldingsgrad, diagnosekapittel (berre éin bokstav), tidlegare sjukefråvær, aldersgruppe, notata til rettleiaren i saka, avgjerda og kven som tok ho, og seinare utfallet (om du framleis var sjukmeld etter 26 veker)',
            ),
          ]
        : []),
      w(
        'en logg over hvem som har sett eller endret opplysningene om deg, og når',
        'ein logg over kven som har sett eller endra opplysningane om deg, og når',
      ),
    ],
  });

  if (has('chatbot')) {
    const chat = listText(
      chatFields().map((f) => FIELD_WORDS[lang][f].full),
      lang,
    );
    const assistant = listText(
      assistantFields().map((f) => FIELD_WORDS[lang][f].full),
      lang,
    );
    sections.push({
      id: 'chatbot',
      title: w('Hva chatboten og språkmodellen får', 'Kva chatboten og språkmodellen får'),
      paragraphs: [
        w(
          'Chatboten er en språkmodell som kjører på denne maskinen. Ingenting sendes ut på internett.',
          'Chatboten er ein språkmodell som køyrer på denne maskina. Ingenting blir sendt ut på internett.',
        ),
        w(
          `Språkmodellen får det du skriver i chatten, og disse opplysningene fra oppfølgingen: ${chat}. Når veilederen bruker assistenten til å forberede et møte eller skrive et notat, får modellen ${assistant}, hva som har skjedd siden forrige møte (antall meldinger, nye og fullførte steg) og stikkordene veilederen skriver.`,
          `Språkmodellen får det du skriv i chatten, og desse opplysningane frå oppfølginga: ${chat}. Når rettleiaren bruker assistenten til å førebu eit møte eller skrive eit notat, får modellen ${assistant}, kva som har skjedd sidan førre møte (tal på meldingar, nye og fullførte steg) og stikkorda rettleiaren skriv.`,
        ),
        w(
          'Teksten blir pseudonymisert først: navn, fødselsnummer, telefonnummer, e-post, adresser, kontonummer og fødselsdatoer som appen finner, byttes ut med stedfortredere som [NAVN_1]. Det som er igjen, er fortsatt personopplysninger om deg, for eksempel målet ditt og det du forteller. Appen finner ikke alle navn, særlig navn den ikke kjenner fra før. Skriv derfor helst ikke navn på andre. Du ser teksten som vanlig på skjermen.',
          'Teksten blir pseudonymisert først: namn, fødselsnummer, telefonnummer, e-post, adresser, kontonummer og fødselsdatoar som appen finn, blir bytte ut med stadfortredarar som [NAVN_1]. Det som er att, er framleis personopplysningar om deg, til dømes målet ditt og det du fortel. Appen finn ikkje alle namn, særleg namn han ikkje kjenner frå før. Skriv difor helst ikkje namn på andre. Du ser teksten som vanleg på skjermen.',
        ),
        w(
          'Under «Hva assistenten vet» kan du se nøyaktig hva modellen fikk.',
          'Under «Hva assistenten vet» kan du sjå nøyaktig kva modellen fekk.',
        ),
        w(
          'Chatboten bestemmer ingenting om deg. Den er et hjelpemiddel i samtalen, og veilederen din kan lese det dere skriver.',
          'Chatboten bestemmer ingenting om deg. Han er eit hjelpemiddel i samtalen, og rettleiaren din kan lese det de skriv.',
        ),
        has('trainingExport')
          ? w(
              'Samtalene kan bli brukt til å forbedre en språkmodell. Se eget avsnitt om videretrening.',
              'Samtalane kan bli brukte til å betre ein språkmodell. Sjå eige avsnitt om vidaretrening.',
            )
          : w(
              'Samtalene dine blir ikke brukt til å trene en språkmodell.',
              'Samtalane dine blir ikkje brukte til å trene ein språkmodell.',
            ),
      ],
    });
    sections.push({
      id: 'crisis',
      title: w('Hvis du skriver at du har det vondt', 'Viss du skriv at du har det vondt'),
      paragraphs: [
        w(
          'Hvis du skriver noe som tyder på at du eller noen andre kan være i fare, viser chatboten telefonnumre til hjelp med en gang, og veilederen din får et varsel. Varselet viser til meldingen din, men kopierer ikke det du skrev. Veilederen tar kontakt med deg.',
          'Viss du skriv noko som tyder på at du eller nokon andre kan vere i fare, viser chatboten telefonnummer til hjelp med ein gong, og rettleiaren din får eit varsel. Varselet viser til meldinga di, men kopierer ikkje det du skreiv. Rettleiaren tek kontakt med deg.',
        ),
        w(
          'Chatboten er ikke en krisetjeneste. Er det akutt, ring 113.',
          'Chatboten er ikkje ei kriseteneste. Er det akutt, ring 113.',
        ),
      ],
    });
  }

  if (has('gamification')) {
    sections.push({
      id: 'gamification',
      title: w('Poeng og merker er frivillig', 'Poeng og merke er frivillig'),
      paragraphs: [
        w(
          'Du kan få poeng og merker for steg du fullfører. Det er helt frivillig. Bare du kan slå det på, dele det med veilederen og slå det av igjen. Slår du det av, slettes alt om poeng og merker.',
          'Du kan få poeng og merke for steg du fullfører. Det er heilt frivillig. Berre du kan slå det på, dele det med rettleiaren og slå det av igjen. Slår du det av, blir alt om poeng og merke sletta.',
        ),
        w(
          'Det er ingen sammenligning med andre, og du mister aldri noe. Poeng og merker brukes ikke til noe annet, heller ikke i rapporter eller beslutninger om deg.',
          'Det er inga samanlikning med andre, og du mistar aldri noko. Poeng og merke blir ikkje brukte til noko anna, heller ikkje i rapportar eller avgjerder om deg.',
        ),
      ],
    });
  }

  if (has('decisionSupport')) {
    sections.push({
      id: 'decisions',
      title: w('Beslutningsstøtte ved sykmelding', 'Avgjerdsstøtte ved sjukmelding'),
      paragraphs: [
        w(
          'Er du sykmeldt, kan veilederen bruke et anslag som hjelp til å vurdere om det trengs et dialogmøte. Anslaget bruker bare sykmeldingsgrad, diagnosekapittel, tidligere sykefravær og aldersgruppe.',
          'Er du sjukmeld, kan rettleiaren bruke eit overslag som hjelp til å vurdere om det trengst eit dialogmøte. Overslaget bruker berre sjukmeldingsgrad, diagnosekapittel, tidlegare sjukefråvær og aldersgruppe.',
        ),
        // Who decides follows the role in the register (issue 17): NAV, or NAV's processor, records
        // NAV's decision; anyone else writes an assessment that NAV gets, and NAV decides.
        decidesForNav(organisation)
          ? w(
              'Veilederen gjør sin egen vurdering og registrerer beslutningen for NAV. Anslaget bestemmer ikke.',
              'Rettleiaren gjer si eiga vurdering og registrerer avgjerda for NAV. Overslaget avgjer ikkje.',
            )
          : w(
              'Veilederen gjør sin egen vurdering og skriver den til NAV-veilederen din. Det er NAV som bestemmer om det skal holdes dialogmøte, ikke veilederen her og ikke anslaget.',
              'Rettleiaren gjer si eiga vurdering og skriv ho til NAV-rettleiaren din. Det er NAV som avgjer om det skal haldast dialogmøte, ikkje rettleiaren her og ikkje overslaget.',
            ),
        decidesForNav(organisation)
          ? w(
              'Veilederen kan skrive notater i saken. Beslutningen og hvem som tok den, lagres i minst seks måneder. Senere kan veilederen registrere utfallet: om du fortsatt var sykmeldt etter 26 uker. Utfallet brukes til å følge med på om anslagene treffer, ikke til noe om deg.',
              'Rettleiaren kan skrive notat i saka. Avgjerda og kven som tok ho, blir lagra i minst seks månader. Seinare kan rettleiaren registrere utfallet: om du framleis var sjukmeld etter 26 veker. Utfallet blir brukt til å følgje med på om overslaga treffer, ikkje til noko om deg.',
            )
          : w(
              'Veilederen kan skrive notater i saken. Vurderingen og hvem som skrev den, lagres i minst seks måneder. Senere kan veilederen registrere utfallet: om du fortsatt var sykmeldt etter 26 uker. Utfallet brukes til å følge med på om anslagene treffer, ikke til noe om deg.',
              'Rettleiaren kan skrive notat i saka. Vurderinga og kven som skreiv ho, blir lagra i minst seks månader. Seinare kan rettleiaren registrere utfallet: om du framleis var sjukmeld etter 26 veker. Utfallet blir brukt til å følgje med på om overslaga treffer, ikkje til noko om deg.',
            ),
      ],
    });
  }

  if (has('trainingExport')) {
    sections.push({
      id: 'training',
      title: w('Videretrening av språkmodell', 'Vidaretrening av språkmodell'),
      paragraphs: [
        w(
          'Samtaler med chatboten kan bli gitt videre for å forbedre en språkmodell. Før det skjer, blir de pseudonymisert på nytt: navn, nummer og andre opplysninger appen finner, byttes ut, og samtalen får et tilfeldig nummer i stedet for navnet ditt. Det gjør dem ikke anonyme. Appen finner ikke alt, og det du har fortalt, kan noen ganger være nok til at noen kjenner deg igjen.',
          'Samtalar med chatboten kan bli gitt vidare for å betre ein språkmodell. Før det skjer, blir dei pseudonymiserte på nytt: namn, nummer og andre opplysningar appen finn, blir bytte ut, og samtalen får eit tilfeldig nummer i staden for namnet ditt. Det gjer dei ikkje anonyme. Appen finn ikkje alt, og det du har fortalt, kan nokre gonger vere nok til at nokon kjenner deg att.',
        ),
        w(
          'Samtaler med krisevarsel tas aldri med, og bare samtaler fra deltakere som har fått denne erklæringen. Du kan protestere, og da blir samtalene dine ikke tatt med.',
          'Samtalar med krisevarsel blir aldri tekne med, og berre samtalar frå deltakarar som har fått denne erklæringa. Du kan protestere, og då blir samtalane dine ikkje tekne med.',
        ),
      ],
    });
  }

  sections.push({
    id: 'recipients',
    title: w('Hvem som får opplysningene', 'Kven som får opplysningane'),
    paragraphs: recipients(organisation, lang),
  });

  sections.push({
    id: 'retention',
    title: w('Hvor lenge vi lagrer opplysningene', 'Kor lenge vi lagrar opplysningane'),
    paragraphs: [
      w(
        'Opplysningene slettes automatisk etter at tiltaket ditt er slutt:',
        'Opplysningane blir sletta automatisk etter at tiltaket ditt er slutt:',
      ),
    ],
    items: [
      ...(has('chatbot')
        ? [
            w(
              `samtaler med chatboten: ${months(retention.chat, lang)} etter slutt`,
              `samtalar med chatboten: ${months(retention.chat, lang)} etter slutt`,
            ),
          ]
        : []),
      w(
        `notater og avtaler: ${months(retention.notes, lang)} etter slutt`,
        `notat og avtalar: ${months(retention.notes, lang)} etter slutt`,
      ),
      w(
        `aktivitetsplanen (mål, steg og faser): ${months(retention.activityPlan, lang)} etter slutt`,
        `aktivitetsplanen (mål, steg og fasar): ${months(retention.activityPlan, lang)} etter slutt`,
      ),
      w(
        `motivasjon: ${months(retention.motivation, lang)} etter slutt`,
        `motivasjon: ${months(retention.motivation, lang)} etter slutt`,
      ),
      ...(has('decisionSupport')
        ? [
            w(
              `saker om dialogmøte, med notater og utfall: ${months(retention.decisionCases, lang)} etter slutt, og beslutningsloggen i minst seks måneder etter beslutningen`,
              `saker om dialogmøte, med notat og utfall: ${months(retention.decisionCases, lang)} etter slutt, og avgjerdsloggen i minst seks månader etter avgjerda`,
            ),
          ]
        : []),
      w(
        `loggen over hvem som har sett opplysningene: ${months(retention.auditEntries, lang)} etter slutt`,
        `loggen over kven som har sett opplysningane: ${months(retention.auditEntries, lang)} etter slutt`,
      ),
    ],
  });

  const title = (p: Purpose) => (nb ? PURPOSE_INFO[p] : PURPOSE_NN[p]).title.toLowerCase();
  const objectable = covered.filter((p) => ['e', 'f'].includes(bases.get(p)!.article6)).map(title);
  const consented = covered.filter((p) => bases.get(p)!.article6 === 'a').map(title);
  sections.push({
    id: 'rights',
    title: w('Rettighetene dine', 'Rettane dine'),
    paragraphs: [w('Du har rett til å:', 'Du har rett til å:')],
    items: [
      w(
        'få vite hva vi har lagret om deg, og få en kopi (også som fil du kan ta med deg), med en oversikt over hvem som har sett opplysningene',
        'få vite kva vi har lagra om deg, og få ein kopi (også som fil du kan ta med deg), med ei oversikt over kven som har sett opplysningane',
      ),
      w(
        'få rettet opplysninger som er feil, eller få lagt til en merknad',
        'få retta opplysningar som er feil, eller få lagt til ein merknad',
      ),
      w(
        'få slettet opplysninger. Noe må vi likevel beholde en stund etter loven, og da får du vite hva og hvorfor',
        'få sletta opplysningar. Noko må vi likevel ta vare på ei stund etter lova, og då får du vite kva og kvifor',
      ),
      w(
        'få begrenset bruken av opplysningene, for eksempel mens noe blir rettet. Da lagres de, men brukes ikke',
        'få avgrensa bruken av opplysningane, til dømes medan noko blir retta. Då blir dei lagra, men ikkje brukte',
      ),
      ...(objectable.length > 0
        ? [
            w(
              `protestere mot bruken av opplysningene til ${listText(objectable, lang)}, av grunner som gjelder din særlige situasjon. Da må vi slutte, med mindre vi kan vise tungtveiende grunner som går foran dine interesser, eller vi trenger opplysningene til et rettskrav`,
              `protestere mot bruken av opplysningane til ${listText(objectable, lang)}, av grunnar som gjeld den særlege situasjonen din. Då må vi slutte, med mindre vi kan vise tungtvegande grunnar som går føre interessene dine, eller vi treng opplysningane til eit rettskrav`,
            ),
          ]
        : []),
      ...(consented.length > 0
        ? [
            w(
              `trekke tilbake samtykket til ${listText(consented, lang)} når du vil`,
              `trekkje tilbake samtykket til ${listText(consented, lang)} når du vil`,
            ),
          ]
        : []),
      w(
        'klage til Datatilsynet (datatilsynet.no) hvis du mener vi behandler opplysningene dine feil',
        'klage til Datatilsynet (datatilsynet.no) viss du meiner vi behandlar opplysningane dine feil',
      ),
    ],
  });
  sections.push({
    id: 'how',
    title: w('Slik bruker du rettighetene', 'Slik bruker du rettane'),
    paragraphs: [
      w(
        'Si fra til veilederen din, eller kontakt oss (se under). Vil du protestere, fortell hva ved situasjonen din som gjør at du ikke vil at opplysningene brukes slik. Vi svarer så fort vi kan, og senest innen én måned. Tar det lengre tid, får du vite hvorfor.',
        'Sei frå til rettleiaren din, eller kontakt oss (sjå under). Vil du protestere, fortel kva ved situasjonen din som gjer at du ikkje vil at opplysningane blir brukte slik. Vi svarar så fort vi kan, og seinast innan éin månad. Tek det lengre tid, får du vite kvifor.',
      ),
      w(
        'Du kan selv laste ned alt vi har lagret om deg under «Personvern» i appen.',
        'Du kan sjølv laste ned alt vi har lagra om deg under «Personvern» i appen.',
      ),
    ],
  });

  sections.push({
    id: 'contact',
    title: w('Kontakt', 'Kontakt'),
    paragraphs: contactParagraphs(organisationName, organisation, lang),
  });

  return {
    title: w(
      `Personvernerklæring for deltakere – ${organisationName}`,
      `Personvernerklæring for deltakarar – ${organisationName}`,
    ),
    summary: buildSummary(input, covered, lang),
    sections,
  };
}
