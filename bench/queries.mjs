// A fixed list of realistic queries for the finder benchmark: whole words, prefixes as
// typed, typos, missing accents, Spanish, multi-word needs, and ZIP codes. The synthetic
// data (bench/generate-hsds.mjs) uses the same vocabulary as real directories.
export const TEXT_QUERIES = [
  'shelter', 'sheltr', 'shel', 'she', 'housing', 'housng', 'hous', 'legal', 'legl', 'leg',
  'legal help', 'lawyer', 'food', 'fod', 'food pantry', 'health', 'helth', 'health care', 'clinic', 'counseling',
  'counselling', 'counsel', 'job', 'job training', 'jobs', 'training', 'transport', 'transportation', 'bus', 'immigration',
  'immigration help', 'imigration', 'case management', 'case', 'youth', 'youth shelter', 'women', 'families', 'survivors', 'trafficking',
  'asesoria', 'asesoría legal', 'vivienda', 'comida', 'salud', 'kansas city', 'kansas', 'chicago', 'houston', 'riverside',
  'harbor house', 'open door', 'compass', 'lantern network', 'summit',
];

/** ZIP codes in the synthetic data's metros (3-digit prefixes 641, 606, 770, 303, 802, 900). */
export const ZIP_QUERIES = ['64106', '64108', '60601', '77002', '30303', '80202', '90012', '64111'];
