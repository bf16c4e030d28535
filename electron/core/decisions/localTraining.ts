export interface LocalTrainingStatus {
  enabled: false;
  canBeEnabled: boolean;
  explanation: string;
}

/**
 * Training on local data is off. It can only be considered when the legal-basis register records
 * a basis for DEVELOPMENT (separate from the basis for use). This core never trains anything.
 */
export function localTrainingStatus(developmentLegalBasisRecorded: boolean): LocalTrainingStatus {
  return {
    enabled: false,
    canBeEnabled: developmentLegalBasisRecorded,
    explanation: developmentLegalBasisRecorded
      ? 'Et rettsgrunnlag for utvikling er registrert. Trening på lokale data er likevel ikke en del av denne versjonen av InkludMI; en ny modell må lages av den behandlingsansvarlige og importeres som modellfil.'
      : 'Trening på lokale data er slått av. Å utvikle (trene) en modell på personopplysninger er et eget formål som krever eget rettsgrunnlag, atskilt fra grunnlaget for å bruke modellen. Det må først registreres i rettsgrunnlagsregisteret, og de registrerte må informeres.',
  };
}
