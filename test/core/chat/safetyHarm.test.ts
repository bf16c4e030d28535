import { describe, expect, it } from 'vitest';
import { assessRisk, assessRules, isCrisis } from '../../../electron/core/chat/safety/index.js';

/** The rules and concepts alone (no classifier), so each case tests the shapes written here. */
const layer1 = (text: string) => assessRisk(text, { model: null });
const ruleIds = (text: string) => assessRules(text).matched;

/** Each message must raise a crisis on layer 1, and the named round-17 rule must be among the reasons. */
function expectTold(id: string, messages: readonly string[]): void {
  for (const text of messages) {
    expect(isCrisis(layer1(text)), text).toBe(true);
    expect(ruleIds(text), text).toContain(id);
  }
}

/** Everyday uses of the same words: no crisis at all. */
function expectCalm(messages: readonly string[]): void {
  for (const text of messages) expect(layer1(text).level, text).toBe('none');
}

describe('sexual abuse told as acts on the body', () => {
  it('hears a hand on an intimate part, inside clothes, or a grope', () => {
    expectTold('abuse.told.intimate_touch', [
      'Naboen putta hånda inn under trusa mi da jeg sov',
      'Han stakk hånda inn i buksa mi på festen og jeg klarte ikke å si noe',
      'Typen til mamma klådde på meg i gangen i går',
      'da tar han på rumpa mi igjen når ingen ser',
      'He touched my boobs at work and laughed',
    ]);
  });

  it('hears being undressed, someone on top, waking to it, and acts without a yes', () => {
    expectTold('abuse.told.undressed_or_on_top', ['Han rev av meg klærne og holdt meg nede']);
    expectTold('abuse.told.unable_to_say_no', [
      'Jeg våkna med at han tok på meg',
      'Jeg var dritings og han hadde sex med meg, jeg sa aldri ja',
      'I had passed out on the sofa and someone did things to me',
    ]);
    expectTold('abuse.told.kept_on_despite_resistance', ['Han ga seg ikke selv om jeg prøvde å komme meg løs']);
    expectTold('abuse.told.unable_to_say_no', [
      'jeg var så full og husker bare at han var inni meg',
      'kjæresten min tvang seg på meg i går',
    ]);
  });

  it('hears an adult who asks for secrecy about "what we do", or says nobody will believe it', () => {
    expectTold('abuse.told.adult_secrecy', [
      'Stefar sier at det vi gjør er hemmelig og at ingen må vite om det',
      'Læreren sa at hvis jeg forteller noen om det vi gjorde etter timen, så mister jeg plassen',
      'Han sa at ingen kommer til å tro på meg uansett',
      'My uncle makes me keep secrets about what he does to me',
    ]);
  });

  it('hears being filmed undressed and money demanded against images', () => {
    expectTold('abuse.told.filmed_private', [
      'Noen filmet meg i garderoben mens jeg skifta',
      'They recorded me in the shower and now it is all over snap',
      'En i klassen filmet meg naken og nå går filmen rundt',
    ]);
    expectTold('abuse.told.sexual_images_sent', ['Han sendte bilde av pikken sin og vil at jeg skal sende tilbake']);
    expectTold('abuse.told.pay_or_images', [
      'Han vil ha 2000 kr på vipps, ellers sender han bildene til foreldrene mine',
    ]);
  });

  it('stays calm on dressing, pets, doctors, consent and surprises', () => {
    expectCalm([
      'Jeg tok av meg buksa og la meg',
      'Jeg har tatt av meg klærne og gått i dusjen',
      'Katten la seg oppå meg i natt',
      'Legen undersøkte brystene mine for kuler',
      'Kjæresten min la hånda på låret mitt og det var koselig',
      'Han tok meg på skulderen og sa bra jobba',
      'Jeg filmet meg selv på trening',
      'Vennen min tok bilde av meg på stranda',
      'Den filmen gjorde ting med meg',
      'Han fortsatte å kile meg selv om jeg dytta han vekk, haha',
      'Mamma sier at ingen må få vite om overraskelsesfesten vi planlegger',
      'Treneren sa at ingen kommer til å tro på meg hvis jeg ikke tror på meg selv',
      'Fikk en SMS om at jeg må betale 300 kr ellers sender de saken til inkasso',
      'Treneren tok meg til side etter kampen og sa at jeg hadde spilt bra',
      'Har du lest om voldtektssaken i tingretten?',
    ]);
  });
});

describe('violence told as what happened, threats received, and the speaker’s own intent', () => {
  it('hears a grip round the throat, a head slammed into a thing, a blow with an object', () => {
    expectTold('violence.told.breath_stopped', [
      'Faren min grep meg rundt halsen i går kveld',
      'Han trykket puta over ansiktet mitt',
      'han holdt hodet mitt under vann i badekaret',
      'He grabbed my throat until I saw stars',
    ]);
    expectTold('violence.told.slammed_or_hit_with', [
      'Hun smalt hodet mitt i døra',
      'Stefaren min slo meg med kleshengeren',
      'Mamma sparka meg i ryggen da jeg lå på gulvet',
      'Broren min tråkka på hodet mitt',
      'Han biter meg når han er sint',
    ]);
  });

  it('hears what someone says they will do to one’s body, and threatening messages', () => {
    expectTold('violence.told.threat_to_body', [
      'De skrev at de skal brekke beina mine',
      'Hun sa hun skal knuse fjeset mitt neste gang',
      'They said they’ll smash my face',
    ]);
    expectTold('violence.told.threat_message', ['Fikk snap: vi vet hvor du bor']);
    expectTold('violence.told.they_will_get_me', ['gutta sa de skal ta meg etter skolen, jeg er livredd']);
    expectTold('violence.told.threat_to_body', ['dei trua med å kome heim til meg og banke meg opp']);
    expectTold('violence.told.address_exposed', ['noen har lagt ut adressen min og skriver at de skal komme hit']);
  });

  it('hears violence done before and to be done again, and an ambush planned with a weapon', () => {
    expectTold('violence.told.again', ['Jeg har knivstukket en før og jeg kommer til å gjøre det igjen']);
    expectTold('violence.told.armed_plan', [
      'Skal ta ham etter skolen, har med kniv',
      "I've got a knife and I'm going to use it on him tomorrow",
    ]);
  });

  it('stays calm on sport, games, accidents, hugs, hospitals and being taken along', () => {
    expectCalm([
      'Ballen traff meg i ansiktet på trening',
      'Jeg dunka hodet i skapet i går',
      'Han sa han skal knuse meg i sjakk',
      'Treneren sa han skal knuse beina mine på trening i morgen',
      'De skal ta meg med på kino, men jeg er redd det blir kjedelig',
      'Jeg er redd politiet skal ta meg for fartsbot',
      'Jeg har banka han i FIFA før og skal gjøre det igjen',
      'Skal ta han i badminton i morgen, har med ny racket',
      'Han sa at han skal sende meg på sykehuset for å ta blodprøver',
      'Fikk melding fra kompisen: du er død hvis du ikke kommer på festen',
      'Bestemor holdt meg rundt halsen og ga meg en klem',
      'Han slo meg med et argument jeg ikke kunne svare på',
      'Han holdt meg fast i armen så jeg ikke skulle skli',
      'Han holdt hodet under vann lenge, han er rå til å dykke',
      'Han la hånda over munnen og gispet',
      'Hunden biter meg når han er sur',
      'Hun la ut adressen min på Finn fordi hun skal komme og hente sofaen',
      'Læreren truet med å ringe mamma hvis jeg ikke gjør leksene',
      'Vi trakket på hodet til snømannen',
      'Han sendte bilde av hunden sin',
    ]);
  });
});

describe('acute welfare by its parts', () => {
  it('hears power or heat gone in hard cold, and nowhere to go at night', () => {
    expectTold('welfare.told.no_heat_in_cold', [
      'Strømmen er stengt og det er iskaldt, lillebror fryser',
      'Heating got cut off a week ago and we are freezing',
    ]);
    expectTold('welfare.told.left_alone_without', [
      'Mamma har vært borte siden mandag og jeg og lillebror er alene uten penger',
    ]);
    expectTold('abuse.told.shut_out_in_cold', ['Kjæresten min stenger meg ute på balkongen i kulda']);
    expectTold('welfare.told.nowhere_at_night', [
      'Står ute på gata, har ingen steder å dra i kveld',
      'klokka er to om natta og jeg har ikke noe sted å gå',
    ]);
  });

  it('stays calm on a short outage, a cold pizza, a repair on its way, and a free weekend', () => {
    expectCalm([
      'Strømmen gikk i en time i går, det var kaldt men koselig med stearinlys',
      'Ovnen er ødelagt så pizzaen ble kald',
      'Varmepumpa er ødelagt og det er iskaldt, men elektrikeren kommer i morgen',
      'Vi har ingen steder å gå i helga, så vi ser film',
      'Vi var ute og sov i telt i natt og hadde ingen steder å gå da det regnet',
      'Pappa forsvant da jeg var liten, og jeg vokste opp alene med mamma',
      'Mamma er borte i helga og jeg er alene hjemme',
      'Mamma stengte meg ute av rommet sitt i natt fordi jeg snorket',
    ]);
  });
});

describe('someone else’s story that is over, and threats that are banter', () => {
  it('stays calm when someone else has got help or a place with us, not when help is denied', () => {
    expectCalm([
      'Kompisen min ble banka av faren sin, men nå bor han hos oss',
      'Søstera til en venn ble slått hjemme, men hun har flytta ut og fått hjelp fra barnevernet',
    ]);
    for (const text of [
      'Venninna mi blir slått av kjæresten, men hun har ikke fått hjelp',
      'Venninna mi blir slått av kjæresten, men hun bor hos ham fortsatt',
      'kompisen min har selvmordstanker og han er ikke bra',
    ])
      expect(isCrisis(layer1(text)), text).toBe(true);
  });

  it('reads "I will kill you if you eat or spoil a small thing" as banter, not a threat to someone', () => {
    expectCalm(['Jeg skal drepe deg hvis du spoiler slutten', 'jeg dreper deg om du drikker opp colaen min']);
    expect(layer1('Jeg kommer til å drepe deg hvis du rører søstera mi igjen').level).toBe('acute');
    expect(layer1('Jeg skal drepe deg').level).toBe('acute');
  });
});
