import { describe, expect, it } from 'vitest';
import { defaultCrisisModel } from '../../../electron/core/chat/safety/assessRisk.js';
import { TAIL_MIN_RISK } from '../../../electron/core/chat/safety/classifier.js';
import { assessConcepts } from '../../../electron/core/chat/safety/concepts.js';
import { assessRisk } from '../../../electron/core/chat/safety/index.js';
import { lastTurnEnd, tailsAfterTurns, withMissingFullStops } from '../../../electron/core/chat/safety/normalize.js';

const level = (text: string) => assessRisk(text).level;
/** The rules and concepts alone, without the classifier's vote. */
const layer1 = (text: string) => assessRisk(text, { model: null }).level;

describe('where a sentence turns (normalize.ts)', () => {
  it('finds the clause after "men"/"but", and for the classifier after a comma that opens a first-person clause', () => {
    expect(tailsAfterTurns('Kurset var greit, men jeg orker ikke mer')).toEqual(['jeg orker ikke mer']);
    expect(tailsAfterTurns('tapte kampen, eg har ikkje lyst å leve', true)).toEqual(['eg har ikkje lyst å leve']);
    expect(tailsAfterTurns('tapte kampen, orker ikke mer av dette', true)).toEqual(['orker ikke mer av dette']);
    // Only the classifier reads a comma clause alone; a frame and a guard stop at a contrast.
    expect(tailsAfterTurns('tapte kampen, eg har ikkje lyst å leve')).toEqual([]);
    expect(tailsAfterTurns('school was ok but i want to end it')).toEqual(['i want to end it']);
    expect(tailsAfterTurns('Jeg har spist middag og sett på tv')).toEqual([]);
    // A lone word after the turn is no clause of its own.
    expect(tailsAfterTurns('det gikk greit, men ok')).toEqual([]);
    expect(lastTurnEnd('jobben var fin, men ')).toBe('jobben var fin, men '.length);
    expect(lastTurnEnd('jobben var fin ')).toBe(0);
  });
});

describe('a crisis after everyday news in the same sentence (round 20)', () => {
  it('does not let a work or school clause before "men" frame a rule match after it', () => {
    expect(layer1('Vakta på jobben gikk bra i dag, men tror jeg kommer til å gjøre noe dumt i natt')).not.toBe('none');
    expect(layer1('Skoledagen var helt ok, men hvis jeg ikke svarer i morgen så vet du hvorfor')).not.toBe('none');
  });

  it('reads the concepts of the clause after the turn on their own', () => {
    expect(assessConcepts('Møtet på NAV gikk greit, men dette blir siste melding fra meg, farvel').level).not.toBe(
      'none',
    );
    expect(assessConcepts('Treninga var fin i dag, men jeg har skaffet meg et tau og vet hvor').level).not.toBe('none');
  });

  it('lets the classifier read what follows the turn without the news before it', () => {
    const model = defaultCrisisModel();
    const tail = 'eg vil ikkje leve meir';
    expect(model.score(tail).risk).toBeGreaterThanOrEqual(TAIL_MIN_RISK);
    expect(
      model.score(`Praksisen på lageret gikk fint og sjefen var fornøyd, men ${tail}`).risk,
    ).toBeGreaterThanOrEqual(TAIL_MIN_RISK);
  });

  it('finds crises after the turn in whole messages', () => {
    expect(level('Fikk tilbake norskprøven i dag. Den gikk greit, men jeg vil ikke leve lenger.')).not.toBe('none');
    expect(level('Var på kino med søsteren min, men orker ikke å våkne i morgen.')).not.toBe('none');
    expect(level('Skiftet på butikken var langt, but i dont want to be alive anymore')).not.toBe('none');
  });

  it('keeps everyday clauses after a turn everyday', () => {
    expect(level('Jobben gikk fint i dag, men jeg er sliten og skal legge meg tidlig.')).toBe('none');
    expect(level('Prøven var vanskelig, men jeg tror jeg klarte meg.')).toBe('none');
    expect(level('Han kjeftet på meg i timen, men han har aldri gjort meg noe vondt.')).toBe('none');
    expect(level('Vi skal flytte til Bodø til sommeren, jeg kommer til å savne klassen.')).toBe('none');
    expect(level('Bestefar var syk i vinter, men han ble frisk igjen.')).toBe('none');
    expect(level('Spilte FIFA hele kvelden, jeg tapte hver eneste kamp haha.')).toBe('none');
    expect(level('Filmen var skikkelig trist, men jeg likte slutten.')).toBe('none');
    expect(level('NAV-møtet var kjedelig, men jeg fikk endelig svar på søknaden.')).toBe('none');
  });
});

describe('wordings missed even alone (lexicon/buried.ts, round 20)', () => {
  it('reads opening up one’s own skin as self-harm', () => {
    expect(layer1('kom hjem og risset opp armene med en nål')).toBe('acute');
    expect(layer1('har skrapt opp huden på låret med et blad')).toBe('acute');
    expect(layer1('eg skar opp handleddet i går kveld')).toBe('acute');
    expect(layer1('Etter timen klorte jeg opp magen min til den var rød')).not.toBe('none');
  });

  it('keeps scratches from a fall, an animal or a bush, and opening things, everyday', () => {
    expect(level('katten klorte opp armene mine da jeg skulle bade den')).toBe('none');
    expect(level('jeg falt av sykkelen og skrapte opp armen på asfalten')).toBe('none');
    expect(level('jeg rispet opp pakken med en saks')).toBe('none');
    expect(level('jeg kuttet opp løken og paprikaen')).toBe('none');
    expect(level('skrapte opp lakken på bilen til pappa, han blir sur')).toBe('none');
  });

  it('reads a threat that someone will hit the speaker, in the "kommer til å" form', () => {
    expect(layer1('stefaren min sier han kommer til å denge meg når han kommer hjem')).not.toBe('none');
    expect(layer1('mamma sa at hun kommer til å slå meg hvis jeg kommer sent hjem igjen')).not.toBe('none');
    expect(layer1('broren min kjem til å banke meg opp når han finn ut av det')).not.toBe('none');
  });

  it('keeps losing a game, being picked up and hyperbole everyday', () => {
    expect(level('broren min kommer til å slå meg i FIFA igjen')).toBe('none');
    expect(level('de kommer til å slå oss i finalen, de er mye bedre')).toBe('none');
    expect(level('pappa kommer til å hente meg klokka fem')).toBe('none');
    expect(level('læreren kommer til å gi meg anmerkning')).toBe('none');
    expect(level('mamma kommer til å drepe meg når hun ser karakterene, haha')).toBe('none');
  });
});

describe('a sentence written without a full stop before it (normalize.ts)', () => {
  it('puts the full stop in before a capitalised sentence opener, never before a name or "I"', () => {
    expect(withMissingFullStops('har pillene klare nå Skal på jobb i morgen')).toBe(
      'har pillene klare nå. Skal på jobb i morgen',
    );
    expect(withMissingFullStops('var på kino med Jonas og Kari i går')).toBe('var på kino med Jonas og Kari i går');
    expect(withMissingFullStops('vil dø av latter haha Men det var gøy')).toBe('vil dø av latter haha Men det var gøy');
    expect(withMissingFullStops('then I said I want to go home')).toBe('then I said I want to go home');
  });

  it('does not let the plans of the next sentence end or guard a crisis before it', () => {
    expect(layer1('klarer ikke mer Har vakt på lageret i morgen')).not.toBe('none');
    expect(layer1('jeg tror ikke jeg er her til sommeren Skal på trening nå')).not.toBe('none');
    expect(layer1('vil at søstera mi skal få sykkelen min etter meg Skal til tannlegen nå')).not.toBe('none');
  });

  it('keeps everyday sentences without full stops everyday', () => {
    expect(level('eksamen dreper meg snart Skal lese hele helga')).toBe('none');
    expect(level('jobben var helt grei i dag Det var travelt på lageret')).toBe('none');
  });
});
