import { r, type RiskRule } from './rule.js';
import { LIFE_IN_A_ROLE } from './suicidePlain.js';
import {
  SUBJ,
  NEG,
  SELF,
  DIE,
  GAMES,
  IDIOM_DEATH,
  MEDIA_FRAME,
  PILLS,
  WEAPON,
  PERSON_OBJ,
  SELF_IMPOSED_RULE,
  A_FALL,
} from './tokens.js';

/**
 * Semantic families for self-harm (intent, urge, relapse, hidden wounds, poisoning), violence
 * (intent, weapons, threats, attack), abuse (being hit, touched, forced, controlled, sextortion,
 * forced marriage) and acute welfare (issue 14, second pass). Idiom guards stay next to each rule.
 */
export const HARM_FAMILY_RULES: readonly RiskRule[] = [
  // Self-harm: any self-harm verb with intent, urge, relapse, wounds kept hidden, poisoning.
  {
    id: 'self_harm.family.urge',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:trang\w*|lyst|lust|urge|behov|fristelsen|impuls\w*)\s+(?:\w+\s+){0,2}(?:til\s+)?(?:a\s+|to\s+)?(?:kutte|kutta|skade meg|skada meg|brenne meg|brenna meg|risse|rispe|cut|hurt myself|harm myself|burn myself|sla meg|sla meg|sla hodet|sla hodet)\b|\b(?:kutte|kutta|kutter|kuttet|kutting|cutting|cut|skade meg|skada meg|skader meg|skadar meg)\s+(?:\w+\s+)?(?:igjen|again)\b|\bstarted\s+cutting\b|\b(?:klarer|klarar)\s+${NEG}\s+(?:a\s+)?slutte\s+(?:a|med a)\s+(?:kutte|skade)\b`,
    ),
    unless: r(
      String.raw`\b(?:haret|haret|har\w*klipp|hair|plen\w*|gress\w*|kostnad\w*|utgift\w*|sukker|kaffe|karbo\w*|carbs|sugar|budsjett\w*|ned pa|ned|ut|av\s+\w+|kontakt\w*|klesbudsjett)\b`,
    ),
  },
  {
    id: 'self_harm.family.self_verb',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:kutte|kutter|kutta|kuttar|skadd|skadde|skada|skader|skadar|brent|brenne|brenner|risser|rispet|biter|beit|bet|lugger|lugga|sulter|sultar|sultet|slar|slo|klor|klorer|river|reiv|rev)\s+(?:meg|me|mæ|mei)\s+(?:${SELF}\s+)?(?:som\s+straff|for\s+a\s+straffe|til\s+(?:blods|det\s+blor|det\s+blor)|med\s+vilje)\b|\b(?:kutte|kutter|kutta|kuttar|skadd|skadde|brent|risser|rispet)\s+(?:meg|me|mei)\s+${SELF}\b|\b(?:e|eg|jeg|æ)\s+(?:kutte|kutta|kutter|skade|skada)\s+(?:me|mæ|meg|mei)\b|\b(?:sa|derfor|for a|sann at|so)\s+(?:e|eg|jeg|æ)\s+(?:bare\s+|berre\s+)?(?:kutter|kuttar|kutta|kuttet|risper|rispar)\s*(?:$|[.!?,]|\s+(?:igjen|att|igjen na)\b)|\btil\s+(?:det\s+)?(?:blor|bloder|bloder)\b|\b(?:sulter|sultar)\s+meg\s+${SELF}\b|\bstraff\w*\s+(?:meg\s+${SELF}|myself)\b|\bselskad\w*|\bsjolskad\w*`,
    ),
    unless: r(
      String.raw`\b(?:uhell|uhellet|accident\w*|trening\w*|fotball\w*|kamp\w*|neseblod|nesa|tann\w*|mygg\w*|ved\s+et\s+uhell)\b|\b(?:me|meg)\s+pa\s+(?:et|eit|en|ein|ei|den|det|kniven|glas\w*|papir\w*|boks\w*)\b|\bi\s+(?:fingeren|fingern|handa|handen|tommelen|foten)\b|${SELF_IMPOSED_RULE}`,
    ),
  },
  {
    id: 'self_harm.family.wounds_hidden',
    category: 'self_harm',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:kuttene|kuttane|kutta mine|arrene|arra|arr|sarene|sara|saret|sarene|cuts|scars|wounds|merkene)\b[^.!?]{0,40}\b(?:langermet|genser|long sleeves|hoodie|skjule|skjuler|gjemme|gjemmer|goymer|hide|ingen ser|ingen vet|no one sees|nobody sees|betent|infected|armene|armane|larene|handleddet|wrists?|arms?|bade)\b|\b(?:langermet|genser|long sleeves|skjuler|goymer|gjemmer|hide)\b[^.!?]{0,40}\b(?:kuttene|kuttane|arrene|arra|sarene|sara|cuts|scars|wounds)\b|\b(?:ingen|nobody|no one)\s+(?:\w+\s+)?(?:vet|veit|knows)\s+(?:om\s+|about\s+)?(?:\w+\s+)?(?:arrene|kuttene|sarene|my scars|my cuts)\b|\bmange\s+arr\b`,
    ),
    unless: r(
      String.raw`\b(?:operasjon\w*|ulykke\w*|uhell\w*|kviser?|akne|brannskade\w*\s+fra|vannkopper|sykkel\w*|fall\w*|surgery|acne)\b`,
    ),
  },
  {
    id: 'self_harm.family.overdose',
    category: 'self_harm',
    level: 'acute',
    // Also more than one should ("tok mye mer paracet enn jeg skulle", "altfor mye ibux").
    pattern: r(
      String.raw`\b(?:tok|tatt|teke|svelget|svelga|svelgde|took|swallowed)\s+(?:\w+\s+){0,2}(?:(?:altfor|alt for|for|way too|too)\s+(?:mye|mykje|mange|much|many)\s+(?:\w+\s+)?${PILLS}|(?:mer|meir|flere|fleire|more)\s+(?:\w+\s+)?${PILLS}[^.!?]{0,20}\b(?:enn|than)\s+(?:\w+\s+){0,2}(?:skulle|skal|burde|sa|star|stod|sto|sier|anbefal\w*|lov\w*|should|allowed|recommended|prescribed))\b|` +
        String.raw`\b(?:tok|tatt|teke|tek|tar|svelget|svelga|svelgde|took|swallowed|taken|taking)\s+(?:\w+\s+){0,3}(?:haug|masse|mange|alle|hele|heile|bunch|lot|all|a whole|too many|for mange|altfor mange|\d{2,})\b[^.!?]{0,25}${PILLS}|\b(?:tok|tatt|teke|took|swallowed|svelget)\s+(?:\w+\s+)?${PILLS}\s+(?:til|to)\s+(?:pappa|mamma|mor|far|bestemor|my\s+\w+)\b|\b(?:took|tok|tatt|swallowed)\s+(?:\w+\s+)?(?:my\s+)?(?:mom's|dad's|mum's|mammas|pappas)\s+${PILLS}|\b(?:drukket|drakk|drukke|drank|drikker)\b[^.!?]{0,40}\b(?:tatt|tok|tar|took|blandet|blanda)\s+(?:\w+\s+)?${PILLS}|\b(?:blandet|blanda|mixing|mixed)\s+${PILLS}\s+(?:og|med|and|with)\s+(?:sprit|alkohol|vodka|alcohol|vin|ol)\b|\b(?:har|have|i've|ive)\s+(?:\w+\s+)?overdos\w*|\boverdosed\b|\btok\s+(?:\w+\s+)?${PILLS}\s+for\s+a\s+se\s+hva\b`,
    ),
    unless: r(
      String.raw`\b(?:vitamin\w*|allergi\w*|p-pill\w*|jernpill\w*|som legen sa|resept\w*|hodepine|mensen|feber)\b|\b(?:som|who)\s+(?:har|hadde|have|has|had)\s+(?:\w+\s+)?overdos\w*`,
    ),
  },
  {
    id: 'self_harm.family.poison',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:drukket|drukke|drakk|drikke|spist|spiste|ete|et|svelget|svelga|drink|drank|ate|swallowed)\s+(?:\w+\s+){0,4}(?:giftig\w*|gift|vaskeskap\w*|vaskemiddel\w*|rensemiddel\w*|klorin|lut|poison\w*|bleach|toxic)\b`,
    ),
    unless: r(String.raw`\b(?:sopp\w*|ved\s+et\s+uhell|uhell|accident\w*|hunden|katten|barnet)\b`),
  },
  // Violence: intent, weapons, threats, attack.
  {
    id: 'violence.family.wish_them_dead',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:vil|onsker|onskjer|want|wish)\s+(?:at\s+)?${PERSON_OBJ}\s+(?:all\s+|alle\s+)?(?:skal\s+|to\s+)?(?:${DIE}|doy|die|blo|bleed|lide|suffer)\b|\b(?:fa|få|make)\s+${PERSON_OBJ}\s+(?:til\s+a\s+)?(?:blo|bleed|lide|suffer)\b|\b(?:skal|vil|ska|kommer til a)\s+(?:\w+\s+){0,2}(?:sla|sla|banke|drepe)\s+(?:\w+\s+)?(?:i\s*hjel|ihjel)\b|\b(?:skal|ska|vil)\s+(?:sorge for|passe pa)\s+at\s+(?:han|hun|ho|de|dei)\s+aldri\b|\b(?:hevn\w*|revenge)\b[^.!?]{0,40}\b(?:vold|vald|blo|drepe|skade|kniv|violence|hurt)\b|\b(?:skal|vil|want to)\s+(?:\w+\s+)?(?:hevne|ta hevn|get revenge)\b`,
    ),
    unless: r(
      String.raw`\bi\s+${GAMES}\b|\b(?:zombier|zombies|monstre|fiender|npc\w*|planten|ugress\w*|mygg\w*|veps\w*|flua|fluene)\b`,
    ),
  },
  {
    id: 'violence.family.weapon',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:skaffet|skaffa|skaffe|kjopt|kjopte|bringing|bring|brought|tek|tar|ta|tok|har|got|bought|have)\s+(?:meg\s+)?(?:med\s+)?(?:en\s+|ein\s+|ei\s+|et\s+|eit\s+|a\s+)?${WEAPON}\s+(?:med\s+)?(?:\w+\s+){0,2}(?:til|to|for|pa|i)\s+(?:skolen|skulen|school|jobben|work|a ta|hevn|revenge|ham|han|henne|dem|dei)\b|\b${WEAPON}\b[^.!?]{0,30}\b(?:vet hvem|veit kven|know who|hevn\w*|revenge)\b|\b(?:hevn\w*|revenge|vise dem)\b[^.!?]{0,40}\b(?:${WEAPON}|vapen)\b|\b(?:bevepnet|bevepna|armed)\b`,
    ),
    unless: r(
      String.raw`\b(?:kjokken\w*|middag\w*|mat\w*|gronnsak\w*|gronnsak\w*|brod|kake|fisk\w*|speider\w*|tur\w*|jakt\w*|skyting\w*|skytebane\w*|kokk\w*|cooking|kitchen|hobby|lommekniv)\b|\bi\s+${GAMES}\b`,
    ),
  },
  {
    id: 'violence.family.threatened',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:trua|truet|truga|truer|truar|trugar|threatened|threatening)\s+(?:\w+\s+){0,2}(?:med|with)\s+(?:en\s+|ein\s+|a\s+)?(?:kniv|pistol|vapen|knife|gun|juling|bank|vold|vald|a drepe|a skade)\b|\b(?:venter|star|star|waiting|standing)\b[^.!?]{0,40}\b(?:med|with)\s+(?:en\s+|ein\s+|a\s+)?(?:kniv|pistol|vapen|knife|gun|balltre)\b|\b(?:truer|truet|trua|truar|truga|trugar|threatens|threatening)\s+(?:meg|me|oss)\b(?!\s+med\s+(?:a\s+)?(?:gi|sparken|melde|politi|foreldre|rektor|lereren))|\b(?:they'll|he'll|she'll|they will|he will|they're going to)\s+(?:beat|hurt|stab|kill)\s+me\b|\b(?:he|she|they)\s+(?:said|says|swore|threatened)\s+(?:that\s+)?(?:he|she|they|he'd|she'd|they'd)?\s*(?:would|will|'d|gonna|is going to|are going to)?\s*(?:kill|hurt|beat)\s+me\b|\b(?:de|dei|gjengen|han|hun|ho|noen)\s+(?:\w+\s+){0,2}(?:skal|kommer til a|vil)\s+(?:ta|ha)\s+meg\s+(?:i\s+(?:kveld|natt|morgen)|etter\s+skolen|nar)\b|\b(?:sier|sa|seier)\s+(?:at\s+)?(?:han|hun|ho|de|dei)\s+(?:\w+\s+)?(?:dreper|drep|skal drepe|skader)\s+meg\s+(?:om|hvis|viss|dersom)\b|\b(?:jeg|eg)\s+skal\s+fa\s+(?:kniven|en kniv|ein kniv|kula|ei kule|en kule|juling|bank)\b`,
    ),
    unless: r(String.raw`\b(?:haha\w*|lol)\b|\bi\s+${GAMES}\b|\b(?:sparken|oppsigelse\w*|advarsel)\b`),
  },
  {
    id: 'violence.family.attacked',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:ble|blei|vart|har blitt|er blitt|blitt|was|got)\s+(?:\w+\s+)?(?:overfalt|overfallen|overfalle|ranet|rana|knivstukket|knivstukke|banket opp|banka opp|jumped|mugged|assaulted|stabbed|beaten up)\b`,
    ),
    unless: r(String.raw`\b(?:lest\w* om|leste om|read about|i fjor|for\s+\w+\s+ar\s+siden|years ago)\b`),
  },
  // Abuse: being hit, touched, forced, controlled, sextortion, forced marriage.
  {
    id: 'abuse.family.hit',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:blir|ble|blei|vart|har blitt|har vorte|get|got|getting|being)\s+(?:\w+\s+)?(?:slatt|slatt|banka|banket|sparka|sparket|kvelt|lugget|lugga|dytta|hit|beaten|kicked|slapped|choked)\b(?!\s+(?:ut|av\s+laget|i\s+(?:kamp|finale|semi)))(?!(?<=sparka|sparket|kicked)\s+(?:fra|from|out of)\s+\w+)|\b(?:slar|slo|banker|banket|banka|hits|beats)\s+(?:oss|mamma og meg|meg og mamma|us)\b|\b(?:fatter'?n|mutter'?n)\s+(?:\w+\s+)?(?:slar|slo|banker)\b`,
    ),
    unless: r(
      String.raw`\bi\s+fjor\b|\bfor\s+\w+\s+(?:ar|uker|maneder)\s+siden\b|\bhar\s+det\s+(?:fint|bra)\b|\bi\s+${GAMES}\b|\b(?:kamp\w*|finale\w*|semifinale\w*|konkurranse\w*|turnering\w*|poeng|trening\w*|fotball\w*|handball\w*|boksing\w*|kampsport\w*|karate|judo|game|match|tournament|av\s+laget)\b|\bbeaten\s+(?:at|in|by)\b|${MEDIA_FRAME}`,
    ),
  },
  {
    id: 'abuse.family.sexual',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:tar|tok|tek|tatt|touches|touched|beforer|beforte|befoler|befolte)\s+(?:pa\s+)?(?:meg|me)\b[^.!?]{0,40}\b(?:om natta|om natten|om kvelden|at night|mot min vilje|mot viljen min|uten at|nar ingen|der nede|private)\b|\b(?:stefar\w*|stefaren|onkel\w*|fetter\w*|en voksen|ein vaksen|nabon|treneren|lereren)\s+(?:\w+\s+)?(?:tar|tok|beforer|touches)\b[^.!?]{0,30}\b(?:meg|natta|natten|me)\b|\bforgrep\w*\s+seg\s+pa\s+(?:meg|oss)\b|\b(?:gjor|gjer|gjorde|dos|did)\s+ting\s+(?:med|mot|to)\s+(?:meg|me)\s+(?:som\s+)?(?:${SUBJ}|i)\s+(?:ikke|ikkje|don't|dont)\s+(?:vil|want)\b|\b(?:tvinger|tvang|presser|presset|pressa|forces|forced)\s+(?:meg|me)\s+(?:til\s+)?(?:\w+\s+){0,3}(?:${SUBJ}|i)\s+(?:ikke|ikkje|don't|dont)\s+(?:vil|want)\b`,
    ),
    // A hand on the shoulder or the arm in praise or greeting ("tok meg på skulderen og sa godt
    // jobba"), with nothing said of going further.
    // Taken aside or along for a talk or an activity ("tok meg til side og ga meg ros") is no touch.
    unless: r(
      String.raw`\b(?:tar|tok|tek|tatt)\s+(?:meg\s+)?(?:pa|i)\s+(?:skulder\w*|skuldra|armen|hodet|hovudet|handa|handen|albuen)\b(?![^.!?]{0,40}\b(?:ned|nedover|videre|under|innenfor|inni|mellom)\b)|\bhilse\w*|\bhigh ?five\b|\b(?:godt|bra)\s+jobba\b|\b(?:tar|tok|tek)\s+meg\s+(?:til side|med (?:pa|til|ut)|inn pa kontoret)\b(?![^.!?]*\b(?:tok pa|rorte|beforte|tafset|naken|kle av|klerne)\b)`,
    ),
  },
  {
    id: 'abuse.family.forced_marriage',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\bgift\w*\s+(?:meg\s+)?bort\b|\b(?:tvinge|tvinger|tvang|tvinga|presse|force|forcing|forced|make)\s+(?:meg|me)\s+(?:til\s+)?(?:a\s+|to\s+)?(?:gifte|marry)\b|\bbestemt\s+(?:hvem|kven|who)\s+(?:${SUBJ}|i)\s+(?:skal|ska|will)\s+(?:gifte meg|marry)\b|\b(?:sendt|sende|sender|tar meg med)\s+(?:\w+\s+){0,3}(?:hjemlandet|ut av landet|til\s+\w+landet)\b[^.!?]{0,40}\b(?:gifte|gift)\b`,
    ),
  },
  {
    id: 'abuse.family.images',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:nakenbild\w*|nakenbilet\w*|nakenbilde\w*|nudes?|intime bilder|sexbilder|sexvideo\w*|nakenvideo\w*)\b[^.!?]{0,40}\b(?:truer|truet|trua|truga|presser|presset|pressa|tvinger|threaten\w*|legge ut|dele|spre|share|post|leak)\b|\b(?:truer|truet|trua|truga|presser|presset|pressa|tvinger|tvang|threaten\w*|blackmail\w*|utpress\w*|maser|mast)\b[^.!?]{0,40}\b(?:nakenbild\w*|nakenbilet\w*|nudes?|intime bilder|sexbilder|nakenvideo\w*)\b`,
    ),
  },
  {
    id: 'abuse.family.controlled',
    category: 'abuse',
    level: 'concern',
    pattern: r(
      String.raw`\bfar\s+${NEG}\s+(?:lov\s+)?(?:til\s+)?(?:a\s+)?(?:ga ut|ga\s+ut\s+av\s+huset|forlate huset|ha venner|treffe venner|ga pa skolen|ha telefon|ha mobil)\b(?!\s+(?:pa\s+(?:hverdag\w*|skoledag\w*|ukedag\w*)|etter\s+\w+|for\s+\w+|om\s+(?:kvelden|kveldene|natta|natten)|i\s+(?:helga|kveld|dag|uka)|nar|uten|alene|sa\s+sent|med\s+\w+|hos\s+\w+))|\blocks?\s+me\s+(?:in|up)\b|\blocked\s+me\s+(?:in|up)\b|\b(?:laser|laser|laste|stenger)\s+meg\s+(?:inne|inn)\b|\b(?:kontrollerer|kontrollerte)\s+alt\b[^.!?]{0,30}\btruer\b|\btar\s+(?:telefonen|mobilen|passet)\s+min\w*\b[^.!?]{0,40}\b(?:dreper|truer|skader|slar)\b`,
    ),
  },
  // Acute welfare.
  {
    id: 'welfare.family.nowhere_tonight',
    category: 'welfare',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:ma|skal|kommer til a|have to|must|got to)\s+sove\s+(?:ute|pa\s+(?:gata|gaten|trappa|benken|stasjonen|gangen)|i\s+(?:bilen|trappa|trappeoppgangen|en park|parken|busskuret)|outside|on the street)\b|\b(?:uten|utan|without)\s+(?:bolig|bustad|husvere|husvere|sted a bo|stad a bu|tak over hodet|a place to (?:live|stay|sleep))\b|\b(?:kastet|kasta|kicked|threw)\s+(?:meg|me)\s+(?:ut|out)\b|\bfar\s+${NEG}\s+komme\s+(?:inn\s+)?(?:hjem|heim|inn)\b|\bstengt\s+ute\b|\blocked\s+out\b`,
    ),
    // A server or a group chat; a tent, a scout camp or a trip is sleeping out for fun.
    unless: r(
      String.raw`\b(?:festen|klubben|timen|gruppa|\w*chatten|\w*chat|spillet|laget|serveren|discord|snap\w*|klasserom\w*|telt\w*|camping|speider\w*|tur|turen|\w+tur|\w+turen|\w+turer|under apen himmel|hytt\w*|festival\w*|sovepose\w*|hengekoy\w*|leir\w*|tent|hammock)\b|\bhaha\w*\b`,
    ),
  },
  {
    id: 'welfare.family.no_food',
    category: 'welfare',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:ikke|ikkje|not|haven't|havent|have not)\s+(?:\w+\s+)?(?:spist|ete|etti|eaten)\s+(?:\w+\s+)?(?:pa|i|sidan|siden|since|for|in)\s+(?:\w+\s+){0,2}(?:dager|dagar|dogn|days|mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|mandag|mandagen|\w+dag)\b|\b(?:ikke|ikkje|itj|not|haven't|havent)\s+(?:\w+\s+)?(?:fatt|fenge|fengi|had|been given)\s+(?:\w+\s+)?(?:mat|noe a spise|noko a ete|food|anything to eat)\s+(?:\w+\s+){0,2}(?:i\s+hele\s+dag|i\s+heile\s+dag|hele\s+dagen|heile\s+dagen|siden\s+i\s+gar|sidan\s+i\s+gar|all\s+day|since\s+yesterday)\b|\b(?:ingen|null|ikke noe|ikkje noko|no|tomt for|tom for|out of)\s+(?:\w+\s+)?(?:mat|food)\b|\bkjoleskapet\s+er\s+(?:helt\s+)?tomt\b|\b(?:ingen|null|no)\s+(?:penger|pengar|kroner|money)\b[^.!?]{0,40}\b(?:mat|food|spise|ete|eat|i kveld|tonight)\b|\bstrom(?:men)?\s+(?:er\s+)?(?:stengt|avstengt|kuttet|kutta|borte)\b`,
    ),
    unless: r(
      String.raw`\b(?:kino|restaurant\w*|pizza|godteri|snop|takeaway|kantina|faste|fasten|ramadan|diett\w*|slank\w*|matpakke\w*|lunsj|frokost|middag\w*\s+i\s+dag|butikken|handle|handler)\b|\bmat\s+(?:i|pa)\s+(?:spillet|gamet)\b`,
    ),
  },
  {
    // "mamma har ikke kjøpt mat på lenge", "det er aldri mat hjemme": a home where no one feeds the speaker.
    id: 'welfare.family.not_fed',
    category: 'welfare',
    level: 'concern',
    pattern: r(
      String.raw`\b(?:mamma|mama|pappa|papa|mor|far|faren|moren|mora|fatter'?n|mutter'?n|stefar\w*|stemor\w*|foreldr\w*|de voksne|dei vaksne|ingen|mom|mum|dad|my parents|nobody)\s+(?:\w+\s+)?(?:har|hev|has|have|haven't|hasn't)\s+(?:${NEG}|not)\s+(?:\w+\s+)?(?:kjopt|kjopte|handla|handlet|gitt\s+(?:meg|oss)|bought|got)\s+(?:\w+\s+)?(?:mat|food|groceries|noe\s+mat|noko\s+mat)\s+(?:pa|i|in|for|sidan|siden|since)\s+(?:\w+\s+){0,2}(?:lenge|dager|dagar|veker|uker|uke|veke|days|weeks|ages|a while)\b|\b(?:det\s+er|det\s+e|finnes|fins|there'?s|there\s+is)\s+(?:aldri|never)\s+(?:noe\s+|noko\s+|any\s+)?(?:mat|food)\s+(?:hjemme|heime|i\s+huset|i\s+kjoleskapet|at\s+home|in\s+the\s+house)\b(?!\s+(?:som|that)\s+(?:\w+\s+)?(?:liker|likar|like|likes|smaker|vil\s+ha|want))`,
    ),
    // Someone else cooks or the speaker buys it; take-away; a diet.
    unless: r(
      String.raw`\b(?:${SUBJ}|i)\s+(?:\w+\s+)?(?:lager|lagar|handler|handlar|kjoper|kjoper|cook|buy)\b|\b(?:bestiller|bestilte|takeaway|pizza|kantina|foodora|wolt|diett\w*|slank\w*|faste)\b`,
    ),
  },
  {
    id: 'suicide.family.tired_of_living',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:lei|trott|troytt|sliten|tired|sick)\s+(?:\w+\s+)?(?:av|of)\s+(?:a\s+)?(?:vere til|vere i live|leve|leva|eksistere|being alive|living|life|livet|existing)\b|\bslippe\s+a\s+(?:vakne|vakna|leve|leva|eksistere|vere til)\b|\b(?:haper|hapar|onsker|onskjer|hope|wish)\b[^.!?]{0,20}\b(?:ikke|ikkje|not|never)\s+(?:\w+\s+)?(?:skal\s+|kommer til a\s+|will\s+)?(?:vakne|vakner|vaknar|wake)\b`,
    ),
    unless: r(
      String.raw`\b(?:tidlig|tidleg|seint|sent|lordag|sondag|helg\w*|ferie\w*|weekend|early|alarm\w*)\b|${LIFE_IN_A_ROLE}`,
    ),
  },
  {
    id: 'suicide.family.wish_death_happens',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:skulle onske|skulle onskje|onsker|onskjer|haper|hapar|wish|hope)\b[^.!?]{0,50}\b(?:${SUBJ}|i)\s+(?:\w+\s+){0,4}(?:dor|doyr|dode|doydde|die|died|pakjort|pakoyrd|hit by|overkjort)\b|\b(?:skulle onske|skulle onskje|onsker|onskjer|wish)\b[^.!?]{0,20}\b(?:aldri|never)\s+(?:var|ble|vart|was|had been)\s+(?:fodt|fodd|born)\b`,
    ),
    unless: r(IDIOM_DEATH),
  },
  {
    id: 'suicide.family.pills_gathered',
    category: 'suicide',
    level: 'check_in',
    pattern: r(
      String.raw`\b(?:kjopt|kjopte|skaffet|skaffa|samlet|talt opp|telt opp|counted|bought)\b[^.!?]{0,25}\b(?:mange|masse|flere|fleire|alle|many|lots of|all)\b[^.!?]{0,20}${PILLS}|\b(?:whole|hel|heil|heile|hele)\s+(?:bottle|pakke|pakka|eske|boks|glass|brett)\s+(?:of\s+|med\s+)?${PILLS}[^.!?]{0,30}\b(?:ved siden av meg|next to me|foran meg|i handa|in my hand)\b|\b(?:talt|telt)\s+opp\s+${PILLS}|\bhar\s+alt\s+(?:${SUBJ}\s+)?(?:trenger|treng|need)\s+(?:\w+\s+)?(?:klart|klar|ready)\b`,
    ),
    unless: r(
      String.raw`\b(?:hodepine|apotek\w*\s+for|mensen|allergi\w*|resept\w*|vitamin\w*|jobb\w*|apoteket der jeg jobber)\b`,
    ),
  },
  {
    id: 'self_harm.family.body',
    category: 'self_harm',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:brent|brente|brenner|brant|burned|burnt)\s+(?:meg|myself)\s+(?:med|pa|with)\s+(?:en\s+)?(?:lighter\w*|sigarett\w*|strykejern\w*|fyrstikk\w*|cigarette\w*)\b|\b(?:risp\w*|ripser|ripset|rispar|risser|risset|kutter|kuttar|kutta|skjerer|skjer|cut|cutting)\s+(?:meg|myself)\s+(?:i|on|pa)\s+(?:armen|armene|armane|larene|laret|handleddet|handledda|beina|magen|my\s+(?:arms?|wrists?|thighs?|legs?))\b|\bskad\w*\s+(?:kroppen min|kroppen|my body)\b|\btil\s+(?:det\s+)?(?:blodde|bledde|blodet rant)\b`,
    ),
    unless: r(
      String.raw`\b(?:uhell|uhellet|accident\w*|trening\w*|fotball\w*|kamp\w*|tann\w*|ved\s+et\s+uhell|lage mat|matlaging|mygg\w*|insektstikk\w*|eksem\w*|utslett\w*|kvise\w*)\b`,
    ),
    // A fall named in the sentence ("falt på sykkelen og skrapte kneet til det blødde").
    unlessInSentence: r(String.raw`${A_FALL}`),
  },
  {
    id: 'violence.family.intent_noun',
    category: 'violence',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:kommer til a|kjem til a|har tenkt a|skal|ska|vil|planlegger a)\s+(?:\w+\s+)?(?:skade|drepe|knivstikke|stikke ned|skyte|banke opp|denge|knuse trynet)\s+(?:pa\s+)?(?:den som|de som|dei som|han|ham|henne|dem|alle|noen|nokon|hans|hennes|dems)\b|\bknuse\s+trynet\s+(?:hans|hennes|deres|dems|pa\s+(?:han|ham|henne|dem))\b[^.!?]{0,20}\bfor alvor\b`,
    ),
    unless: r(
      String.raw`\bi\s+${GAMES}\b|\b(?:zombier|zombies|monstre|fiender|npc\w*|bosser|ugress\w*|mygg\w*|veps\w*|spill\w*|game)\b|\b(?:vil|skal)\s+${NEG}\b`,
    ),
  },
  {
    id: 'abuse.family.hit_by',
    category: 'abuse',
    level: 'acute',
    pattern: r(
      String.raw`\b(?:slatt|slen|banka|banket|sparka|sparket|kvelt|dytta|dyttet|lugget|lugga|mishandla|mishandlet|hit|beaten|kicked|choked)\s+(?:av|by)\s+(?:\w+\s+)?(?:kjeresten|typen|dama|mannen|kona|pappa|mamma|faren|far|moren|mor|stefar\w*|stemor\w*|broren|foreldre\w*|eksen|sambo\w*|han|henne|ham|my\s+(?:boyfriend|girlfriend|dad|father|mom|mother|stepdad|partner|husband|brother))\b|\b(?:sa|sier|seier|said|says)\s+(?:at\s+|that\s+)?(?:han|hun|ho|de|dei|he|she|they)\s+(?:\w+\s+)?(?:dreper|drep|skal drepe|skulle drepe|vil drepe|ville drepe|skader|skulle skade|would kill|will kill)\s+(?:meg|me)\b`,
    ),
    unless: r(
      String.raw`\bi\s+${GAMES}\b|\b(?:haha\w*|lol)\b|\bkamp\w*|\bfinale\w*|\bbeaten\s+(?:at|in)\b|${MEDIA_FRAME}`,
    ),
  },
];
