/**
 * What the participant reads before turning gamification on. Plain language for a 16-year-old:
 * what is stored, why, who sees it, and how to turn it off and erase it. Bump `version` when the
 * text changes in substance: the version the participant accepted is stored with their choice.
 */
export const GAMIFICATION_EXPLANATION = {
  version: 1,
  title: 'Poeng og merker – helt frivillig',
  paragraphs: [
    'Du kan slå på poeng og merker hvis du synes det gjør det morsommere å følge med på stegene dine. Det er helt frivillig. Det endrer ikke oppfølgingen du får.',
    'Dette lagres: at du har slått det på og når, ett poeng for hvert steg du selv har valgt og fullført, og hvilke merker du har fått (første steg, CV ferdig, første søknad sendt, første uke i jobb). Alt regnes ut fra dine egne steg i aktivitetsplanen.',
    'Hvorfor: bare for at du skal se din egen fremgang. Du blir aldri sammenlignet med andre, det er ingen tilfeldige premier, og du mister aldri poeng eller merker. En uke uten steg gjør ingenting.',
    'Hvem ser det: bare du. Veilederen din ser det bare hvis du selv velger å dele det, og du kan slutte å dele når du vil. Det brukes aldri til vurderinger, vedtak, rapporter til NAV eller noe annet.',
    'Du kan slå det av når du vil. Da slettes poengene og merkene dine med en gang. Stegene i aktivitetsplanen din blir ikke slettet.',
  ],
} as const;

export type GamificationExplanation = typeof GAMIFICATION_EXPLANATION;
