/**
 * The derived name data (resources/scrub/, built by scripts/scrub/). Imported as JSON so the
 * bundler inlines it: no file paths to resolve at run time, nothing read from disk.
 */
import gazetteer from '../../../resources/scrub/gazetteer.json' with { type: 'json' };
import personModel from '../../../resources/scrub/person-model.json' with { type: 'json' };
import { Lexicon } from './names/lexicon.js';
import { PersonModel } from './names/model.js';

let lexicon: Lexicon | undefined;
let model: PersonModel | undefined;

export function defaultLexicon(): Lexicon {
  lexicon ??= Lexicon.fromData(gazetteer);
  return lexicon;
}

export function defaultPersonModel(): PersonModel {
  model ??= PersonModel.fromData(personModel);
  return model;
}
