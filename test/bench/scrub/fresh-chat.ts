/**
 * A second held-out chat set for tekstvask (issue 23, round 2): lines written in one sitting for
 * this file, the way young people write to the assistant (lower case, no punctuation, dialect,
 * slang), with names of people living in Norway from many origins (Norwegian, Somali, Arabic,
 * Polish, Vietnamese, Eritrean, Ukrainian, Afghan, Kurdish, Turkish, Tamil, Filipino, Lithuanian …).
 * The names and the sentence frames were written without looking at the name lists, the tune set
 * or the detector's misses, and nothing in electron/core or resources/ may be changed because of
 * a line here: `npm run bench:scrub` only reports on it.
 *
 * Names are in braces: `{amina warsame}` is one mention (a full name when it has two or more
 * words). Name-free lines hold words that are also names ("per", "liv", "sol", "mari") and places
 * and brands that must stay ("førde", "sverige", "ralph lauren").
 */

const NAME_LINES = [
  'jeg snakket med {amina warsame} på nav i dag og hun var grei',
  'sjefen min heter {tomasz wójcik} og han er ganske streng',
  'hei det er meg {leon} igjen',
  'har du nummeret til {huong pham} hun jobber i kantina',
  'i går ringte {yonas tesfamariam} og sa at jeg fikk praksisplassen',
  'mamma og {olena bondarenko} skal på kurs sammen',
  'naboen vår {sultani} er alltid sur når vi spiller musikk',
  'kompisen min {ahmad zia rahimi} har også søkt på lageret',
  'veilederen min {ingvild sæther} sa at jeg må sende cv innen fredag',
  'ka skjer med {sondre} han svarer ikke på snap',
  'æ må snakke med {mathias kvamme} om vaktene',
  'søstera mi {hawa} begynner på videregående til høsten',
  'fikk melding fra {bartosz kamiński} om at vi starter kl sju',
  'spør {nhung} om hun vil bytte vakt med meg på lørdag',
  '{abdirahman hassan} og jeg går på samme kurs',
  'læreren {torill haugland} mener jeg burde ta opp matte',
  'jeg var hjemme hos {kateryna} og vi så film',
  'trenger hjelp til å skrive mail til {rune jakobsen} om permisjon',
  'broren min {mustafa} har fått jobb på bilverksted',
  'kontaktpersonen min heter {ane marie lunde}',
  'si til {dawit} at jeg blir litt sein',
  '{fatuma ali} fra klassen min skal også på intervju',
  'har du hørt noe fra {andrii kovalchuk} i det siste',
  'tante {zarghuna} lager verdens beste mat',
  'vi var fire stykker {jonas} {ibrahim} {nora} og meg',
  'saksbehandleren {kjersti myhre} har ikke svart på to uker',
  'jeg gruer meg til å møte {bilal} på jobb i morgen',
  'bestevenninna mi {thuy linh} flytter til trondheim',
  'han som heter {mohammad nabi} på lageret er kjempesnill',
  'eg snakka med {gunnhild} i går kveld',
  'kan du hjelpe meg å svare {krzysztof} på engelsk',
  'pappa {abdullahi} vil at jeg skal bli lege',
  'fikk skyss av {eirik tveit} til intervjuet',
  'jeg og {ruta} skal begynne på samme tiltak',
  'sjefen {sandvik} ringte og spurte om jeg kunne jobbe ekstra',
  '{filmon} sier at det er ledig jobb på hotellet',
  'møtte {marte solheim} på bussen hun var veileder før',
  'kjæresten min {emir} hjelper meg med søknaden',
  'hei {sebastian} kan vi ta møtet på teams i stedet',
  'jeg jobber sammen med {iryna} og {oksana} på vaskeriet',
  'onkelen min {gul agha} har butikk på grønland',
  'var på trening med {kasper} og {henrik} i går',
  'ring {nasra} hvis jeg ikke kommer',
  'fastlegen min {hilde brekke} skrev sykemelding',
  'jeg snakka med {quang} om å søke fagbrev',
  '{luwam} og jeg har vært venner siden ungdomsskolen',
  'jeg har avtale med {agnieszka nowicka} klokka ti',
  'han {erlend} fra fotballen skal hjelpe meg med flyttingen',
  'kollegaen min {yusuf abdi} var syk så jeg jobba alene hele dagen',
  'har ikke snakket med {tarik} på lenge',
  'min venn {farhad} kan kjøre meg',
  'jeg sendte cv til {vegard holm} i går',
  'mora mi {sahra} er bekymret for meg',
  'skal treffe {tuan anh} etter skolen',
  'det var {helga} som fikk meg til å søke',
  '{mykola} på jobben lærte meg å kjøre truck',
  'lederen min {ragnhild foss} sier jeg er flink',
  'jeg er så lei av {adrian}',
  'kan {semhar} komme på møtet med meg',
  'fikk beskjed fra {kristoffer nygård} om at de vil ha meg',
  'vennen min {hamid karimi} sier at nav kan hjelpe med lappen',
  'skal spise middag hos {mari} i kveld',
  'jeg trenger å snakke med {per arne} om lønna',
  'hun heter {liv} og jobber i barnehagen',
  'moren til {elias} ringte meg',
  '{samira} og {hodan} skal starte egen bedrift',
  'intervjuet var med {tobias lie} og en dame fra hr',
  'stefaren min {dariusz} er snekker',
  'jeg ba {haben} om å sjekke vaktlista',
  'gikk tur med {sigrid} og hunden hennes',
];

const NAME_FREE = [
  'jeg har vært i førde hele helga',
  'vi skal til sverige og handle',
  'fikk en ralph lauren genser til bursdagen',
  'jeg vil bo i los angeles en dag',
  'det er kaldt i norge om vinteren',
  'per dag jobber jeg seks timer',
  'jeg har et ganske bra liv egentlig',
  'vi satt i sola hele dagen',
  'skal ut å bade i elva',
  'hjelper pappa med hagen i helga',
  'det handler om liv og død',
  'jeg kjøpte sko på zalando',
  'fikk jobb på rema i bergen',
  'vi dro til danmark med båten',
  'jobber på kiwi på lørdager',
  'må handle på coop før det stenger',
  'skal til tyrkia i sommer med familien',
  'jeg savner somalia noen ganger',
  'mamma kommer fra polen',
  'bestemor bor i vietnam',
  'har du vært i kabul',
  'jeg har lyst å reise til japan',
  'spiller fifa hele natta',
  'så på netflix i stedet for å sove',
  'fikk hjelp på helsestasjonen',
  'jeg har time hos tannlegen på torsdag',
  'kan jeg få aap hvis jeg er syk lenge',
  'orker ikke mer skole nå',
  'jobben på lageret er tung men grei',
  'jeg vet ikke om jeg skal ta vg3 eller lærling',
  'hva er forskjellen på deltid og heltid',
  'det regner hele tiden i bergen',
  'jeg har bodd i drammen hele livet',
  'vi har hytte på hemsedal',
  'gikk på ikea med mamma',
  'hun snakker arabisk og tigrinja',
  'jeg kan litt ukrainsk og russisk',
  'fikk ny telefon fra elkjøp',
  'bussen til lillestrøm var full',
  'jeg er lei av å være blakk',
  'kan jeg søke om bostøtte',
  'vi spiste på peppes i går',
  'han sa at jeg skulle komme tilbake senere',
  'jeg liker å fiske i fjorden',
  'i morgen skal jeg på jobbintervju i oslo',
  'kjøpte nike sko på salg',
  'vi så på fotball på puben',
  'mine planer er å ta lappen i år',
  'solen skinte og alt var bra',
  'det er fint i stavanger om sommeren',
];

export interface FreshNameLine {
  text: string;
  names: { start: number; end: number; value: string; full: boolean }[];
}

/** The name lines with braces removed and each mention's position. */
export function freshNameLines(): FreshNameLine[] {
  return NAME_LINES.map((raw) => {
    const names: FreshNameLine['names'] = [];
    let text = '';
    let rest = raw;
    for (let m = /\{([^}]+)\}/.exec(rest); m !== null; m = /\{([^}]+)\}/.exec(rest)) {
      text += rest.slice(0, m.index);
      const value = m[1] ?? '';
      names.push({ start: text.length, end: text.length + value.length, value, full: value.includes(' ') });
      text += value;
      rest = rest.slice(m.index + m[0].length);
    }
    return { text: text + rest, names };
  });
}

export function freshNameFreeLines(): string[] {
  return [...NAME_FREE];
}
