/**
 * A partner's own guidance, as a Brussels partner would give it (seed 003: Brusano's working group
 * "Methoden & participatie", the recurring health meetings in the neighbourhood, residents in the
 * Actieraad of the care zone): bilingual, per phase and per rung, with a link to its methods.
 */
import type { Guidance } from '../src/content/guidance.js';

const workingGroup = {
  label: { nl: 'Werkgroep Methoden & participatie (Brusano)', fr: 'GT Méthodes & participation (Brusano)' },
  url: 'https://www.brusano.brussels/nl/netwerk/wg-methoden-participatie/',
};

export const partnerGuidance = (): Guidance => ({
  phases: {
    discover: {
      text: {
        nl: 'Begin bij de verbindingspersonen van uw zorgzone: zij kennen de bewoners die het verst van de diensten staan.',
        fr: 'Commencez par les personnes relais de votre zone de soins : elles connaissent les habitants les plus éloignés des services.',
      },
      links: [workingGroup],
    },
    understand: {
      text: {
        nl: 'Organiseer een terugkerende ontmoeting rond gezondheid: één keer per maand, op dezelfde plaats, dag en uur. Zo groeit het vertrouwen.',
        fr: 'Organisez une rencontre santé régulière : une fois par mois, au même endroit, le même jour, à la même heure. La confiance grandit ainsi.',
      },
    },
    'self-direction': {
      text: {
        nl: 'Bereid bewoners voor op hun plaats in de Actieraad van de zorgzone: leg uit hoe die werkt, en laat hen samen een gedeelde nood verwoorden.',
        fr: "Préparez les habitants à leur place au Conseil d'action de la zone de soins : expliquez son fonctionnement et laissez-les formuler ensemble un besoin commun.",
      },
      links: [workingGroup],
    },
  },
  rungs: {
    consult: {
      text: {
        nl: 'Een ontmoeting rond preventie is een goed begin: bewoners praten er in vertrouwen over gezondheid in de brede zin.',
        fr: 'Une rencontre autour de la prévention est un bon début : les habitants y parlent en confiance de la santé au sens large.',
      },
      links: [workingGroup],
    },
    'co-decide': {
      text: {
        nl: 'In een tweede fase krijgen bewoners een plaats in de Actieraad van de zorgzone. Spreek samen af hoe hun stem terugkomt.',
        fr: "Dans une deuxième phase, les habitants ont une place au Conseil d'action de la zone de soins. Convenez ensemble de la manière dont leur voix revient.",
      },
    },
  },
});
