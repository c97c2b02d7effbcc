/**
 * Country names news text uses that ISO data lacks or spells awkwardly ("Syrien, Arabische Republik"),
 * plus short forms. Upper-case short forms (USA, UK, VAE) are matched in both languages.
 */
export const EXTRA_NAMES: Readonly<
  Record<string, { readonly de?: readonly string[]; readonly en?: readonly string[] }>
> = {
  AE: { de: ["VAE", "Emirate"], en: ["UAE", "Emirates"] },
  BN: { de: ["Brunei"], en: ["Brunei"] },
  BY: { de: ["Weißrussland"] },
  CD: {
    de: ["Demokratische Republik Kongo", "DR Kongo"],
    en: ["DR Congo", "DRC", "Democratic Republic of Congo"],
  },
  CG: { de: ["Kongo-Brazzaville"], en: ["Congo-Brazzaville"] },
  CI: { de: ["Côte d'Ivoire"] },
  CN: { de: ["Volksrepublik China", "VR China"], en: ["PRC"] },
  CV: { de: ["Cabo Verde"], en: ["Cabo Verde"] },
  CZ: { en: ["Czechia"] },
  DE: { de: ["Bundesrepublik Deutschland", "Bundesrepublik", "BRD"], en: ["Federal Republic of Germany"] },
  FM: { en: ["Micronesia"] },
  GB: { de: ["Britannien", "UK"], en: ["Britain", "U.K."] },
  IR: { de: ["Islamische Republik Iran"] },
  KP: { de: ["Demokratische Volksrepublik Korea"], en: ["DPRK", "Democratic People's Republic of Korea"] },
  KR: { de: ["Republik Korea"] },
  KZ: { de: ["Republik Kasachstan"], en: ["Republic of Kazakhstan"] },
  LA: { en: ["Laos"] },
  MD: { de: ["Moldau", "Republik Moldau"], en: ["Moldova"] },
  MK: { de: ["Mazedonien"] },
  MM: { de: ["Birma", "Burma"], en: ["Burma"] },
  NL: { de: ["Holland"], en: ["Holland"] },
  PS: { de: ["Palästina"] },
  SY: { de: ["Syrien", "Arabische Republik Syrien"], en: ["Syria"] },
  SZ: { de: ["Swasiland"], en: ["Swaziland"] },
  TL: { de: ["Timor-Leste", "Ost-Timor"], en: ["East Timor"] },
  TR: { de: ["Türkiye"] },
  UA: { en: ["Ukraine"] },
  US: { de: ["US", "U.S.A."], en: ["U.S.A"] },
  UZ: { de: ["Republik Usbekistan"], en: ["Republic of Uzbekistan"] },
  VA: { de: ["Vatikan", "Heiliger Stuhl"], en: ["Vatican", "Vatican City", "Holy See"] },
  VN: { en: ["Viet Nam"] },
};
