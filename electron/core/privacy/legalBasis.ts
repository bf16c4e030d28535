import { z } from 'zod';
import { PURPOSE_INFO, type Purpose } from './purposes.js';

/** GDPR art. 6(1) (a)–(f). */
export const ARTICLE6 = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export type Article6 = (typeof ARTICLE6)[number];

/** GDPR art. 9(2): the exceptions that can fit this kind of work. */
export const ARTICLE9 = ['a', 'b', 'c', 'f', 'g', 'h', 'j'] as const;
export type Article9 = (typeof ARTICLE9)[number];

const text = (max: number, empty: string) =>
  z
    .string({ error: empty })
    .trim()
    .min(1, { error: empty })
    .max(max, { error: `Teksten kan ha høyst ${max} tegn.` });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Teksten kan ha høyst ${max} tegn.` })
    .nullable()
    .optional()
    .transform((v) => (v === undefined || v === null || v.length === 0 ? null : v));

/** The recorded balancing test of a legitimate-interests basis (6(1)(f)): three steps, all written down. */
export const balancingTestSchema = z
  .object({
    /** Which legitimate interest is pursued. */
    purpose: text(4000, 'Beskriv den berettigede interessen (formålet).'),
    /** Why the processing is necessary for it, and why a less intrusive way will not do. */
    necessity: text(4000, 'Beskriv hvorfor behandlingen er nødvendig.'),
    /** The participants' interests, rights and reasonable expectations weighed against it. */
    balancing: text(4000, 'Beskriv avveiingen mot deltakernes interesser og rettigheter.'),
  })
  .strict();

export const consentSchema = z
  .object({
    /** How consent is asked for and recorded (freely given, specific, informed, unambiguous). */
    howObtained: text(2000, 'Beskriv hvordan samtykket innhentes og dokumenteres.'),
    /** How the participant withdraws it, as easily as it was given. */
    howWithdrawn: text(2000, 'Beskriv hvordan deltakeren trekker samtykket tilbake.'),
  })
  .strict();

/**
 * One purpose's basis as the admin records it. Required parts follow the article: a supplementary
 * national legal basis for 6(1)(c)/(e) (art. 6(3)) and for 9(2)(b)/(g)/(h)/(j); a balancing test for
 * 6(1)(f); how consent is obtained and withdrawn for 6(1)(a); an art. 9 basis when special
 * categories (health) are processed.
 */
export const legalBasisInputSchema = z
  .object({
    article6: z.enum(ARTICLE6, { error: 'Velg behandlingsgrunnlag etter artikkel 6.' }),
    supplementaryBasis: optionalText(500),
    balancingTest: balancingTestSchema.nullable().optional().default(null),
    consent: consentSchema.nullable().optional().default(null),
    specialCategories: z.boolean().default(false),
    article9: z.enum(ARTICLE9, { error: 'Velg unntak etter artikkel 9.' }).nullable().optional().default(null),
    article9SupplementaryBasis: optionalText(500),
    /** For 9(2)(a): why explicit consent is truly free here despite the participant's dependence (written down). */
    article9Justification: optionalText(2000),
    note: optionalText(2000),
  })
  .strict()
  .superRefine((b, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ((b.article6 === 'c' || b.article6 === 'e') && !b.supplementaryBasis) {
      need(
        'supplementaryBasis',
        'Oppgi det supplerende rettsgrunnlaget i norsk rett (for eksempel tiltaksforskriften § 1-7), jf. artikkel 6 nr. 3.',
      );
    }
    if (b.article6 === 'f' && !b.balancingTest)
      need(
        'balancingTest',
        'Berettiget interesse krever en dokumentert interesseavveiing: formål, nødvendighet og avveiing.',
      );
    if (b.article6 === 'a' && !b.consent)
      need('consent', 'Beskriv hvordan samtykket innhentes, dokumenteres og trekkes tilbake.');
    if (b.specialCategories && !b.article9)
      need(
        'article9',
        'Særlige kategorier (for eksempel helseopplysninger) krever i tillegg et unntak etter artikkel 9 nr. 2.',
      );
    if (!b.specialCategories && b.article9)
      need('article9', 'Kryss av for særlige kategorier, eller fjern unntaket etter artikkel 9.');
    if (b.article9 === 'a' && !b.article9Justification) {
      need(
        'article9Justification',
        `${EXPLICIT_CONSENT_WARNING} Skriv hvorfor samtykket likevel er frivillig her, og hva som skjer med den som sier nei.`,
      );
    }
    if (b.article9 && ['b', 'g', 'h', 'j'].includes(b.article9) && !b.article9SupplementaryBasis) {
      need(
        'article9SupplementaryBasis',
        'Dette unntaket krever et supplerende rettsgrunnlag i norsk rett (for eksempel folketrygdloven eller arbeidsmarkedsloven).',
      );
    }
  });

/**
 * The warning with 9(2)(a): the participant depends on the programme and on NAV, so a yes is seldom
 * freely given (Datatilsynet's sandbox reports on NAV). Shown beside the option and required reading
 * before a written justification is accepted.
 */
export const EXPLICIT_CONSENT_WARNING =
  'Uttrykkelig samtykke er sjelden gyldig her: det er en ubalanse i makt mellom deltakeren og tiltaket eller NAV, og en deltaker som er avhengig av oppfølging eller ytelser, kan vanskelig si nei fritt.';

export type LegalBasisInput = z.input<typeof legalBasisInputSchema>;
export type LegalBasis = z.output<typeof legalBasisInputSchema>;

/** The basis as stored, with who recorded it (null: the default the app set up). */
export interface LegalBasisRecord extends LegalBasis {
  purpose: Purpose;
  recordedAt: string;
  recordedBy: string | null;
  /** Recorded by the app at setup (follow-up's default), not yet confirmed by an admin. */
  isDefault: boolean;
}

/** The organisation's role and contact. */
export const organisationRoleSchema = z
  .object({
    role: z.enum(['controller', 'processor'], {
      error: 'Velg om organisasjonen er behandlingsansvarlig eller databehandler.',
    }),
    /** The organisation is itself a NAV unit (a NAV office): dialogmøte 2 is then its own decision (issue 17). */
    navUnit: z.boolean().optional().default(false),
    /** For a processor: who the controller is and the data processing agreement. */
    controller: z
      .object({
        kind: z.enum(['nav', 'other'], { error: 'Velg NAV eller en annen behandlingsansvarlig.' }),
        name: text(200, 'Skriv navnet på den behandlingsansvarlige.'),
        agreementReference: text(200, 'Oppgi databehandleravtalen (referanse eller dato).'),
      })
      .strict()
      .nullable()
      .optional()
      .default(null),
    /** Who participants contact about their data (shown in the notice). */
    contact: z
      .object({
        name: text(200, 'Skriv hvem deltakerne kan kontakte.'),
        email: optionalText(254),
        phone: optionalText(32),
        address: optionalText(300),
      })
      .strict(),
    /** Data protection officer (personvernombud), when the organisation has one. */
    dpo: z
      .object({
        name: text(200, 'Skriv navnet på personvernombudet.'),
        email: optionalText(254),
        phone: optionalText(32),
      })
      .strict()
      .nullable()
      .optional()
      .default(null),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.role === 'processor' && !o.controller) {
      ctx.addIssue({
        code: 'custom',
        path: ['controller'],
        message: 'En databehandler må oppgi hvem som er behandlingsansvarlig og databehandleravtalen.',
      });
    }
    if (o.role === 'processor' && o.navUnit) {
      ctx.addIssue({
        code: 'custom',
        path: ['navUnit'],
        message: 'Et NAV-kontor er selv behandlingsansvarlig. Velg behandlingsansvarlig, eller fjern NAV-kontor.',
      });
    }
    if (o.role === 'controller' && o.controller) {
      ctx.addIssue({
        code: 'custom',
        path: ['controller'],
        message: 'Fjern behandlingsansvarlig: organisasjonen er selv behandlingsansvarlig.',
      });
    }
  });

export type OrganisationRoleInput = z.input<typeof organisationRoleSchema>;
export type OrganisationRole = z.output<typeof organisationRoleSchema>;

/**
 * The organisation's place, as the notice (recipients) and decision support read it: a NAV unit
 * (controller itself), NAV's processor (a tiltaksarrangør working for NAV), another controller's
 * processor, or a tiltaksarrangør on its own (controller, not NAV).
 */
export type OrganisationKind = 'navUnit' | 'navProcessor' | 'otherProcessor' | 'independent';

export function organisationKind(role: OrganisationRole | null): OrganisationKind | null {
  if (!role) return null;
  if (role.role === 'processor') return role.controller?.kind === 'nav' ? 'navProcessor' : 'otherProcessor';
  return role.navUnit ? 'navUnit' : 'independent';
}

/** Advice on a recorded basis that does not block it (the register shows it beside the purpose). */
export interface BasisWarning {
  code:
    | 'CONSENT_POWER_IMBALANCE'
    | 'EXPLICIT_CONSENT_POWER_IMBALANCE'
    | 'ARTICLE9_REQUIRED'
    | 'PUBLIC_TASK_NO_LEGITIMATE_INTEREST'
    | 'GAMIFICATION_BALANCING'
    | 'TRAINING_NEEDS_NOTICE'
    | 'DEVELOPMENT_SEPARATE_BASIS'
    | 'DECISION_SUPPORT_NOT_NAV'
    | 'FOLLOW_UP_DEFAULT';
  message: string;
}

export function basisWarnings(
  purpose: Purpose,
  basis: LegalBasis,
  organisation: OrganisationRole | null,
  isDefault = false,
): BasisWarning[] {
  const out: BasisWarning[] = [];
  if (isDefault) {
    out.push({
      code: 'FOLLOW_UP_DEFAULT',
      message:
        'Dette er standardvalget appen satte opp. Kontroller at det passer for organisasjonen, og registrer det på nytt for å bekrefte.',
    });
  }
  if (basis.article6 === 'a') {
    out.push({
      code: 'CONSENT_POWER_IMBALANCE',
      message:
        'Samtykke er sjelden gyldig her. Deltakeren er avhengig av tiltaket og NAV, og kan ikke fritt si nei. Bruk samtykke bare der det er helt frivillig og et nei ikke får noen følger.',
    });
  }
  if (basis.article9 === 'a') {
    out.push({
      code: 'EXPLICIT_CONSENT_POWER_IMBALANCE',
      message: `${EXPLICIT_CONSENT_WARNING} Begrunnelsen som er registrert, må vise hvorfor det likevel er frivillig.`,
    });
  }
  if (
    !PURPOSE_INFO[purpose].core &&
    PURPOSE_INFO[purpose].specialCategoriesLikely &&
    (!basis.specialCategories || !basis.article9)
  ) {
    out.push({
      code: 'ARTICLE9_REQUIRED',
      message:
        'Formålet behandler helseopplysninger eller andre særlige kategorier. Det brukes ikke før et unntak etter artikkel 9 nr. 2 er registrert.',
    });
  }
  if (basis.article6 === 'f' && organisation?.role === 'processor' && organisation.controller?.kind === 'nav') {
    out.push({
      code: 'PUBLIC_TASK_NO_LEGITIMATE_INTEREST',
      message:
        'NAV er en offentlig myndighet og kan ikke bruke berettiget interesse for behandling som ledd i oppgavene sine (artikkel 6 nr. 1 siste ledd). Vurder bokstav e.',
    });
  }
  if (purpose === 'gamification' && basis.article6 === 'f') {
    out.push({
      code: 'GAMIFICATION_BALANCING',
      message:
        'Poeng og merker kan vippe interesseavveiingen: de kan oppleves som press eller overvåking, særlig for unge og sårbare. Avveiingen bør vise at det er frivillig, uten sammenligning eller tap, og at dataene aldri brukes til noe annet.',
    });
  }
  if (purpose === 'trainingExport') {
    out.push({
      code: 'TRAINING_NEEDS_NOTICE',
      message:
        'Utlevering til videretrening krever også at deltakerne dette gjelder har fått en personvernerklæring som dekker det.',
    });
  }
  const kind = organisationKind(organisation);
  if (
    purpose === 'decisionSupport' &&
    kind !== 'navUnit' &&
    kind !== 'navProcessor' &&
    /8-7\s*a/.test(basis.supplementaryBasis ?? '')
  ) {
    out.push({
      code: 'DECISION_SUPPORT_NOT_NAV',
      message:
        'Organisasjonen er ikke registrert som NAV eller NAVs databehandler. Folketrygdloven § 8-7 a legger dialogmøte 2 på NAV og er ikke et grunnlag for organisasjonens egen behandling. Her skriver veilederen en vurdering til NAV-veilederen, ikke en beslutning. Kontroller at det supplerende grunnlaget dekker det organisasjonen selv gjør.',
    });
  }
  if (purpose === 'decisionSupportDevelopment') {
    out.push({
      code: 'DEVELOPMENT_SEPARATE_BASIS',
      message:
        'Utvikling og trening av en modell er et eget formål. Grunnlaget for å bruke anslaget dekker ikke å trene modellen på nye saker.',
    });
  }
  return out;
}
