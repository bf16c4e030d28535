import { describe, expect, it } from 'vitest';
import { assessRisk, isCrisis } from '../../../electron/core/chat/safety/index.js';
import type { RiskCategory } from '../../../electron/core/chat/safety/index.js';

/** Crisis told from the middle of a conversation: context first, then a situation or an act. */
const raised = (text: string, category: RiskCategory) => {
  const a = assessRisk(text);
  expect(isCrisis(a), text).toBe(true);
  expect(a.categories, text).toContain(category);
};
const calm = (text: string) => expect(assessRisk(text).level, text).toBe('none');
/** Layer 1 (rules and concepts) stays calm; the shipped classifier's own vote is not retrained here. */
const rulesCalm = (text: string) => expect(assessRisk(text, { model: null }).level, text).toBe('none');

describe('suicide told as a situation', () => {
  it('waiting by the traffic without meaning to travel is asked about; a delayed train to work is not', () => {
    raised('Fikk avslag på søknaden. Står på stasjonen og venter på toget, men skal ikke gå på det.', 'suicide');
    raised('eg står ved sporet og ventar på godstoget, eg skal ikkje stige på', 'suicide');
    raised("I'm by the road waiting for a truck and I'm not getting on it", 'suicide');
    calm('Toget er forsinket igjen, jeg venter på toget og kommer ikke på jobb før ti.');
    calm('Venter på toget for å hente mamma, hun kommer med det, så jeg skal ikke gå på.');
  });

  it('not being sure of going home from a height or the water is asked about; a late party is not', () => {
    raised('Etter krangelen hjemme sitter jeg på brua, og jeg vet ikke om jeg går hjem igjen.', 'suicide');
    raised('Sit ved elva no og eg er ikkje sikker på at eg kjem heim att', 'suicide');
    calm('Vi er på fest ved stranda og jeg vet ikke om jeg kommer hjem i kveld, haha.');
    calm('Vi fisker ved elva, ikke sikker på at jeg kommer hjem før mørket.');
  });

  it('danger hidden from people who think one is fine or elsewhere is asked about', () => {
    raised('Pappa tror jeg er på trening. Egentlig sitter jeg ytterst på kanten av stupet.', 'suicide');
    raised('Alle tror jeg har det bra, men de vet ikke at pillene ligger klare i skuffen.', 'suicide');
    calm('Mamma tror jeg er på skolen, men egentlig er jeg på kino med Jonas.');
    calm('Venninnene tror jeg er syk, men egentlig er jeg og bader i elva.');
  });

  it('walking into the water at a set time is asked about; a swim or a boat trip is not', () => {
    raised('Ingen svarer på meldingene mine. Jeg går ut i fjorden i kveld.', 'suicide');
    raised("I'm walking into the sea tonight", 'suicide');
    calm('Vi går ut i sjøen i kveld for å bade med gjengen.');
    calm('Pappa og jeg går ut i fjorden i kveld med båten for å fiske.');
  });

  it('checking whether one would survive a fall or a dose is asked about; physics homework is not', () => {
    raised('Sjekket hvor høyt taket på skolen er, og om man overlever et fall derfra.', 'suicide');
    raised('googla om ein overlever eit fall frå brua', 'suicide');
    calm('I naturfag skulle vi regne ut om en katt overlever et fall fra tiende etasje.');
    calm('Så en video om en som lurte på om man overlever et fall uten fallskjerm.');
  });

  it('wishing to be erased is asked about; deleting an account or a photo is not', () => {
    raised('Etter det som skjedde i klassen vil jeg bare bli slettet helt ut.', 'suicide');
    raised('wish i could be erased completely', 'suicide');
    raised('Jeg skulle ønske ingen husket at jeg noen gang fantes.', 'suicide');
    calm('Jeg vil at bildet fra festen skal slettes fra gruppechatten.');
    calm('Jeg vil bli slettet fra lista over vakter til jul.');
  });

  it('no reason left to stay is asked about; leaving a job, a party or a town is not', () => {
    raised('Nå som katten har fått et nytt hjem, er det ingen grunn til å bli her lenger.', 'suicide');
    raised('nothing keeping me here anymore now that my sister is safe', 'suicide');
    rulesCalm('Det er ingen grunn til å bli her lenger på festen, alle har gått.');
    calm('Nå som mormor har fått plass på sykehjem, er det ingenting som stopper meg fra å flytte.');
  });

  it('a height stood on before and next time not going down is asked about; a diving board is not', () => {
    raised('Forrige uke satt jeg på rekkverket på brua lenge. Neste gang snur jeg ikke.', 'suicide');
    raised('Stod på kanten av taket i helga. Neste gang hoppar eg.', 'suicide');
    calm('I sommer sto jeg på kanten av stupebrettet. Neste gang hopper jeg fra timeteren.');
  });

  it('gone by a time in inverted order, and no more of life itself, are asked about', () => {
    raised('Du trenger ikke ringe meg på mandag, da er jeg ikke her lenger.', 'suicide');
    raised('Eg orkar ikkje meir av dette livet.', 'suicide');
    calm('Du trenger ikke ringe meg på mandag, da er jeg ikke her lenger, jeg er på hytta.');
    rulesCalm('Jeg orker ikke mer av livet som student uten penger.');
  });

  it('asking how much of a named medicine it takes is asked about; a dose for a pain is not', () => {
    raised('Lurer på hvor mye imovane som trengs før man ikke våkner.', 'suicide');
    raised('how many of my sertraline pills would it take', 'suicide');
    calm('Hvor mange paracet trengs for hodepine når man veier 50 kilo?');
  });

  it('others managing without one, and wishing for a fatal illness, are asked about', () => {
    raised('Pappa har fått ny kone og klarer seg fint uten meg, så nå kan jeg bare gå.', 'suicide');
    raised('Jeg håper jeg får en svulst, da slipper jeg å gjøre det selv.', 'suicide');
    raised('i hope i get cancer honestly', 'suicide');
    calm('Kollegaene klarer seg uten meg en uke, så jeg kan dra på ferie.');
    calm('Jeg håper jeg ikke får kreft som bestemor.');
  });

  it('a car running in a shut garage is asked about; a car at the garage for repairs is not', () => {
    raised('Sitter i garasjen med motoren i gang og døra lukket.', 'suicide');
    calm('Mekanikeren kjørte bilen inn på verkstedet, motoren startet ikke og garasjen var stengt.');
  });
});

describe('self-harm told as an act and its consequence', () => {
  it('purging is asked about; a fish bone or a stomach bug is not', () => {
    raised('Etter middagen stakk jeg to fingre i halsen igjen.', 'self_harm');
    raised('kaster opp med vilje etter hvert måltid nå', 'self_harm');
    calm('Stakk fingeren i halsen for å få opp et fiskebein som satt fast.');
    calm('Babyen kaster opp etter hvert måltid, så vi skal til legen.');
  });

  it('not eating with fainting as the consequence is asked about; a missed breakfast in the heat is not', () => {
    raised('Har knapt spist noe denne uka, og i dag besvimte jeg i dusjen.', 'self_harm');
    raised("I've barely eaten since Sunday and I passed out in class", 'self_harm');
    calm('Hadde ikke spist frokost fordi jeg var sent ute, og nesten besvimte i varmen.');
  });

  it('hurting oneself until the skin is marked is asked about; a fall or a bite is not', () => {
    raised('Når det blir for mye, klorer jeg meg på armene til huden sprekker.', 'self_harm');
    raised('Dunket hodet i døra til det ble blått etter møtet.', 'self_harm');
    calm('Jeg falt på sykkelen og skrapte kneet til det blødde.');
    calm('Kløde meg på myggstikket til det blødde litt.');
  });

  it('deserving pain and making sure to get it is asked about; deserving a treat is not', () => {
    raised('Fortjener å ha det vondt, så jeg passer på å kutte meg litt hver helg.', 'self_harm');
    raised('I deserve the pain, so I make sure I get it with a lighter.', 'self_harm');
    calm('Jeg fortjener en pause etter eksamen, så jeg sørger for å få fri fredag.');
  });

  it('punishing oneself with a blade or fire is asked about; a self-imposed rule is not', () => {
    raised('Straffer meg selv med lighteren når jeg dummer meg ut.', 'self_harm');
    raised('i punish myself with a razor when i fail', 'self_harm');
    calm('Jeg straffer meg selv med å ikke spise godteri før fredag.');
    rulesCalm('Straffer meg selv med å kutte ut gaming en uke.');
  });
});

describe('violence told as an act, a threat, or at home', () => {
  it("the speaker's violence against a person is a concern; a game or sparring is not", () => {
    raised('Jeg banket opp naboen i går, og han får mer neste gang.', 'violence');
    raised('Etter skolen sparket jeg en gutt i hodet til han blødde.', 'violence');
    calm('Jeg slo broren min i sjakk igjen.');
    calm('På trening sparket jeg en gutt i leggen ved et uhell.');
  });

  it('an injury the speaker caused is a concern; an own injury or a game is not', () => {
    raised('Eg knuste kjeven hans på byen i helga og angrar ingenting.', 'violence');
    raised('Jeg slo søsteren min så hun fikk blåveis.', 'violence');
    calm('Jeg brakk armen min på fotballtrening i fjor.');
  });

  it('a threat to put someone in hospital, or waiting for them with a weapon, is a concern', () => {
    raised("If he takes my phone again I'm going to put him in the hospital.", 'violence');
    raised('Jeg kommer til å sende ham på sykehuset hvis han sier det en gang til.', 'violence');
    raised('I kveld tar jeg med en kølle og venter på ham utenfor treningen.', 'violence');
    calm('Jeg skal sende henne på legevakta, hun har hatt feber i tre dager.');
    calm('Tar med hammeren og venter på bussen hjem fra jobben.');
  });

  it('a choke hold or things thrown at the family is a concern; wrestling or snowballs are not', () => {
    raised('Da vi kom hjem tok onkel kvelertak på tante i gangen.', 'violence');
    raised('Stefaren min kaster tallerkener mot oss når han er sint.', 'violence');
    calm('På bryting i dag lærte vi kvelertak.');
    calm('Lillebror kaster snøballer etter oss hele veien hjem.');
  });
});

describe('sexual abuse told as acts on the body, and images', () => {
  it('being touched on intimate parts is a concern; a doctor or clothes put on are not', () => {
    raised('Sjefen på lageret tar meg på rumpa når ingen ser.', 'abuse');
    raised('Naboen la hånda inn under genseren min da vi var alene i heisen.', 'abuse');
    raised('my coach keeps touching my butt after practice', 'abuse');
    calm('Legen kjente på brystet mitt for å sjekke en kul.');
    calm('Jeg tok på meg buksa og gikk på jobb.');
  });

  it('touched while showering or asleep, or forced to a sexual act, is a concern; dressing is not', () => {
    raised('Stefar kommer inn på badet når jeg dusjer og tar på meg.', 'abuse');
    raised('He comes into my room when I am asleep and touches me.', 'abuse');
    raised('Eksen presset meg til å ha sex selv om jeg gråt.', 'abuse');
    calm('Når jeg har dusjet tar jeg på meg klærne og går til bussen.');
  });

  it('an adult at night demanding one be nice, with a threat, is a concern; a bedtime rule is not', () => {
    raised(
      'Mors kjæreste kommer inn på rommet mitt og sier jeg må være snill mot ham, ellers forteller han alt til mamma.',
      'abuse',
    );
    raised('He comes into my room and says I have to be nice to him or else.', 'abuse');
    calm('Mamma kommer inn på rommet mitt og sier jeg må slå av lyset, ellers blir jeg trøtt i morgen.');
  });

  it('waking undressed with no memory, and nude images held for money, are a concern', () => {
    raised('Han krever 5000 kroner, ellers deler han nudes av meg med klassen.', 'abuse');
    raised('Våknet naken på et hotellrom og husker ingenting fra kvelden.', 'abuse');
    raised('I woke up without my clothes at his place and I remember nothing.', 'abuse');
    raised(
      'En jeg ikke kjenner har nudes av meg og sier han legger dem ut hvis jeg ikke betaler 3000 kroner.',
      'abuse',
    );
    calm('Våknet på sofaen med klærne på og husker ikke hvor jeg la lommeboka.');
  });

  it('images taken undressed are a concern; a clumsy video from the ice rink is not', () => {
    raised('Noen i klassen filmet meg i garderoben mens jeg skiftet.', 'abuse');
    raised('nakenbildene av meg er delt i en gruppe på Snap', 'abuse');
    calm('Noen filmet meg da jeg datt på skøytebanen, og videoen ble delt.');
  });
});

describe('acute welfare told as a situation', () => {
  it('living in a car or a tent for long is a concern; a festival or a holiday is not', () => {
    raised('Jeg har sovet i bilen siden jeg ble kastet ut i august.', 'welfare');
    raised('har budd i telt i fleire veker no', 'welfare');
    calm('Vi bodde i telt i to uker på ferie i Sverige.');
    calm('Jeg sover i bilen på festivalen for å spare penger.');
  });

  it('power or water cut off with a child, illness or cold is a concern; a planned repair is not', () => {
    raised('Har vært uten strøm i ti dager nå, og datteren min er forkjølet og fryser.', 'welfare');
    calm('Vi er uten strøm på hytta i noen dager, det er koselig med stearinlys.');
    raised('Strømmen er stengt fordi vi ikke har betalt, og sønnen min er syk.', 'welfare');
    raised('Vi har ikke penger til morsmelkerstatning denne uka.', 'welfare');
    calm('Vannet er stengt i to timer i dag på grunn av gravearbeid, så babyen får bade i morgen.');
    calm('Strømmen gikk i hele nabolaget i går kveld.');
  });
});

describe('everyday shapes that borrow the same words', () => {
  it('a dose for a pain, a note about an errand, a first-aid course and a friend who is ok now', () => {
    calm('Googlet hvor mange ibux jeg kan ta for ryggsmerter.');
    calm('Skrev en lapp til pappa om at jeg er på butikken og kommer hjem til middag.');
    calm('På førstehjelpskurset lærte vi hva man gjør når noen har tatt en overdose.');
    calm('Broren min ble banket opp i byen, men han er ok nå.');
    calm('Jeg har bestemt meg for å avslutte abonnementet på strømmetjenesten i helga.');
    calm('Treneren tok meg på skulderen og sa bra jobba etter kampen.');
    rulesCalm('Kjøpte tau for å taue bilen hjem fra hytta.');
    rulesCalm('Har kjøpt slepetau til bilen i tilfelle den står fast.');
  });
});
