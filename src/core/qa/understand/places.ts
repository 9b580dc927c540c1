/**
 * Places in Canada (provinces and territories, EN/FR, and the main cities), as a regex source: "work in Ontario",
 * "expérience au Québec", "2 years in Toronto" are Canadian work, not work abroad.
 */
export const CANADIAN_PLACES = "(?:canada|ontario|quebec|alberta|manitoba|saskatchewan|british columbia|colombie britannique|bc|nova scotia|nouvelle ecosse|new brunswick|nouveau brunswick|prince edward island|pei|ile du prince edouard|newfoundland|terre neuve|labrador|yukon|nunavut|northwest territories|territoires du nord ouest|nwt|toronto|montreal|vancouver|calgary|edmonton|ottawa|winnipeg|halifax|regina|saskatoon|victoria|quebec city|gatineau|hamilton|mississauga|brampton|surrey|laval|london ontario|kitchener|waterloo|moncton|fredericton|charlottetown|whitehorse|yellowknife|iqaluit|st john s|sherbrooke|trois rivieres|kelowna|windsor|markham|burnaby|richmond)";

/** A Canadian place named as a whole word. */
export const CANADIAN_PLACE = new RegExp(`\\b${CANADIAN_PLACES}\\b`);

/** Countries often written short or with "the" ("in the US", "aux États-Unis"): abroad, though the word is short. */
export const ABROAD_ABBREVIATIONS = "(?:us|usa|u s|uk|u k|uae|states|united states|united kingdom|etats unis|royaume uni|emirats)";
