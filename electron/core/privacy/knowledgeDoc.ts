import { CONTEXT_LABELS } from '../chat/index.js';
import { chatFields } from './noticeWords.js';

/** Where the knowledge base's privacy document lives (resources/knowledge), written by scripts/privacy-knowledge.ts. */
export const PRIVACY_KNOWLEDGE_FILE = 'slik-behandler-inkludmi-dataene-dine.md';

/**
 * The knowledge base's document about how InkludMI handles data, generated from the same source as
 * the notice (the chat's allowlist, the same words on pseudonymisation and rights). The chatbot can
 * quote it, so it says only what holds in EVERY configuration: anything the register decides (who
 * is responsible, who receives data, whether conversations may be used for training, how long
 * things are kept) it leaves to the notice, which is generated from the live register.
 * A test checks that the file on disk is exactly this text.
 */
export function privacyKnowledgeDocument(): string {
  const fields = chatFields().map((f) => CONTEXT_LABELS[f].toLowerCase());
  const fieldList = `${fields.slice(0, -1).join(', ')} og ${fields.at(-1)}`;
  return `---
title: Slik behandler InkludMI dataene dine
source:
  - https://www.datatilsynet.no/rettigheter-og-plikter/den-registrertes-rettigheter/rett-til-innsyn/rett-til-innsyn---nynorsk/
  - https://www.datatilsynet.no/rettigheter-og-plikter/virksomhetenes-plikter/om-behandlingsgrunnlag/spesielt-om-sarlige-kategorier-av-personopplysninger/
  - https://lovdata.no/dokument/NL/lov/2018-06-15-38
checked: 2026-12-04
reviewAfter: 2027-06-04
audience: [alle]
tags: [personvern, inkludmi, app, data, kryptert, chat, assistent, rettigheter, personvernerklæring]
everyday:
  - personvern
  - lagre
  - lagring
  - lagret
  - slette
  - sletting
  - hvem kan lese
  - chatten
  - chatbot
  - appen
  - internett
  - sendes
  - kryptert
  - språkmodell
  - kunstig intelligens
  - KI
  - AI
  - data
  - opplysningene mine
  - overvåket
  - spionerer
  - lagrer dere
  - chatgpt
  - boten
  - chatboten
  - slette chatten
  - slette meg
  - skyen
  - chatten privat
  - privat chat
  - sendt videre
  - server
  - samtalen sendes
  - samtalene sendes videre
  - andre leser det jeg skriver
  - havne på nett
  - havner på nettet
  - leser dette
  - noen andre leser
  - trene roboten
  - trene modellen
questions:
  - "Hvem kan lese det jeg skriver i chatten?"
  - "Blir det jeg skriver lagret?"
  - "Sendes det jeg skriver ut på internett?"
  - "Hva vet assistenten om meg?"
  - "Kan jeg få slettet opplysningene mine?"
  - "Lagrer dere det jeg skriver her?"
  - "Er dette ChatGPT?"
  - "Kan noen se det jeg skriver til boten?"
  - "Blir chatten sendt til skyen?"
  - "Korleis slettar eg det eg har skrive?"
  - "Er det jeg skriver i denne chatten privat?"
---
Her er det viktigste om hvordan InkludMI behandler opplysningene dine, kort forklart. Hva som gjelder akkurat der du får oppfølging – hvem som er ansvarlig, hvem som får opplysningene, hvor lenge de lagres og om samtalene kan brukes til å trene en språkmodell – står i personvernerklæringen din under «Personvern» i appen. Den lages av det organisasjonen har registrert, og det er den som gjelder.
Kilde: InkludMI – om appen selv; teksten lages fra appens kode, som personvernerklæringen

## Alt blir på denne maskinen
InkludMI kjører på maskinen hos veilederen eller tiltaksbedriften, uten internett. Opplysningene dine lagres kryptert i én database på maskinen. Appen sender ikke det du skriver i chatten ut på internett, og den har ingen sporing eller telemetri.
Kilde: InkludMI – om appen selv; teksten lages fra appens kode, som personvernerklæringen

## Hva assistenten får vite
Språkmodellen (som også kjører på maskinen) får det du skriver i chatten, og disse opplysningene fra oppfølgingen: ${fieldList}. Under «Hva assistenten vet» kan du se nøyaktig hva den har fått.

Før teksten går til språkmodellen, blir den pseudonymisert: navn, fødselsnummer, telefonnummer, e-post og adresser som appen finner, byttes ut med plassholdere. Appen finner ikke alle navn, og det som er igjen, som målet ditt og det du forteller, er fortsatt personopplysninger. Skriv derfor helst ikke navn på andre.
Kilde: InkludMI – om appen selv; teksten lages fra appens kode, som personvernerklæringen

## Hvem kan se hva?
En veileder ser bare deltakerne som er tildelt hen. Du som deltaker ser bare din egen chat, dine mål og din egen framgang. Administratoren har ikke tilgang til innholdet ditt. Når noen ser på eller endrer opplysninger om deg, blir det logget: hvem, hva og når. Ser veilederen din på opplysningene flere ganger på rad, står den første gangen med tidspunkt og resten som et antall. Hvem utenfor organisasjonen som får opplysninger, for eksempel Nav, står i personvernerklæringen.

Hvis du skriver noe som tyder på at du er i fare, får veilederen din beskjed, slik at du kan få hjelp. Det står også i personvernerklæringen.
Kilde: InkludMI – om appen selv; teksten lages fra appens kode, som personvernerklæringen

## Rettighetene dine
Du har rett til å vite hvilke opplysninger som er lagret om deg, og til å få en kopi. Du kan be om at feil blir rettet, og om sletting. Du kan protestere mot noe av bruken av grunner som gjelder din særlige situasjon; fortell da hva ved situasjonen din som er grunnen. Der noe bygger på samtykke, kan du trekke samtykket tilbake. Snakk med veilederen din eller den som er ansvarlig for InkludMI der du får oppfølging.
Kilde: https://www.datatilsynet.no/rettigheter-og-plikter/den-registrertes-rettigheter/rett-til-innsyn/rett-til-innsyn---nynorsk/ https://lovdata.no/dokument/NL/lov/2018-06-15-38

## Husk
Assistenten er et hjelpemiddel. Det er alltid mennesker – du og veilederen din – som bestemmer.
Kilde: ingen – en påminnelse om hvem som bestemmer, ingen regel
`;
}
