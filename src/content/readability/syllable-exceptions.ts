/**
 * Words the Dutch hyphenation patterns split wrongly for counting syllables, written with a
 * hyphen at every syllable boundary. An entry also counts at the end of a compound
 * ("zaterdag-avond", "bewoners-initiatief"). English loan words lose their silent e; the
 * patterns never learned a break after a first vowel that typesetting forbids.
 */
export const SYLLABLE_EXCEPTIONS: readonly string[] = [
  "a-vond",
  "a-von-den",
  "a-vond-je",
  "i-ni-ti-a-tief",
  "i-ni-ti-a-tie-ven",
  "web-site",
  "web-sites",
  "on-line",
  "off-line",
  "dead-line",
  "dead-lines",
  "time-line",
  "up-date",
  "up-dates",
  "soft-ware",
  "hard-ware",
  "in-ter-face",
  "of-fice",
  "ser-vice",
  "games",
  "game",
  "skate-park",
  "life-style",
];
