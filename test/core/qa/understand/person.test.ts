import { describe, expect, it } from "vitest";
import { normalise } from "../../../../src/core/qa/text.ts";
import { understand } from "../../../../src/core/qa/understand/understand.ts";
import { educationLevelsIn } from "../../../../src/core/qa/understand/person.ts";
import { expandSlang } from "../../../../src/core/qa/understand/slang.ts";

const slots = (q: string) => understand(expandSlang(normalise(q).replace(/'/g, " "))).slots;

describe("who and what the person describes", () => {
  it("reads Canadian work said as 'work experience in Canada N years', EN and FR", () => {
    expect(slots("points for my wife's work experience in canada 1 year")).toMatchObject({ spouse: true, canadianWorkYears: 1 });
    expect(slots("expérience de travail au Canada : 2 ans, combien de points")).toMatchObject({ canadianWorkYears: 2 });
    expect(slots("work experience in canada of 3 years")).toMatchObject({ canadianWorkYears: 3 });
  });

  it("tells the spouse's own factor from being scored with a spouse", () => {
    expect(slots("my wife has ielts 6 in all how many points does she add")).toMatchObject({ spouse: true, married: true });
    expect(slots("ma femme a 7 partout à l'IELTS")).toMatchObject({ spouse: true });
    expect(slots("points for age 30 if married")).toMatchObject({ age: 30, married: true });
    expect(slots("points for age 30 if married").spouse).toBeUndefined();
    expect(slots("combien de points pour 3 ans d'expérience au Canada si je suis célibataire ?")).toMatchObject({ married: false, canadianWorkYears: 3 });
  });

  it("never reads 'no spouse' or 'sans conjointe' as a question about the spouse", () => {
    expect(slots("I have no wife, 3 years canadian work, points?")).toMatchObject({ married: false, canadianWorkYears: 3 });
    expect(slots("I have no wife, 3 years canadian work, points?").spouse).toBeUndefined();
    expect(slots("sans conjointe, combien de points pour ma maîtrise").spouse).toBeUndefined();
    expect(slots("mon chum a une maîtrise, ça ajoute quoi")).toMatchObject({ spouse: true, education: "masters" });
    expect(slots("my girlfriend has a diploma of one year")).toMatchObject({ spouse: true, education: "one_year" });
  });

  it("reads a credential's level from its length, in any order, EN and FR", () => {
    expect(slots("a four-year program at a polytechnic").education).toBe("bachelors");
    expect(slots("une AEC d'un an").education).toBe("one_year");
    expect(slots("j'ai un diplôme collégial de deux ans").education).toBe("two_year");
    expect(slots("bac+3 en gestion").education).toBe("bachelors");
    expect(slots("bac + 5").education).toBe("masters");
    expect(slots("a master's, a 2 year program").education).toBe("masters");
    expect(slots("points for post-secondary education").education).toBeUndefined();
  });

  it("reads years of Canadian work with words in between, or said apart from the work phrase", () => {
    expect(slots("5 ans d'expérience professionnelle au Canada").canadianWorkYears).toBe(5);
    expect(slots("canadian work experience: how much is it worth for 3 yrs").canadianWorkYears).toBe(3);
    expect(slots("experience outside canada, about 6 years").foreignWorkYears).toBe(6);
  });

  it("reads age, education and whether it is Canadian", () => {
    expect(slots("im 35 years old how many points for age").age).toBe(35);
    expect(slots("j'ai 31 ans").age).toBe(31);
    expect(slots("how many points for a master's").education).toBe("masters");
    expect(slots("bonus points for a canadian master's degree?")).toMatchObject({ education: "masters", canadianEducation: true });
    expect(slots("combien de points pour un diplôme canadien de 3 ans").canadianEducation).toBe(true);
  });

  it("reads Canadian and foreign work, and months of experience for a program", () => {
    expect(slots("points for 3 years canadian work experience").canadianWorkYears).toBe(3);
    expect(slots("2 years exp in india").foreignWorkYears).toBe(2);
    expect(slots("hubby has 2 yrs cdn exp, how many pts for me")).toMatchObject({ spouse: true, canadianWorkYears: 2 });
    expect(slots("can I apply to CEC with 10 months?")).toMatchObject({ program: "cec" });
    expect(slots("can I apply to CEC with 10 months of experience?").workMonths).toBe(10);
    expect(slots("FSW with 1 year of experience").workMonths).toBe(12);
  });

  it("reads family size from a number or from the people named", () => {
    expect(slots("proof of funds for a family of 3").familySize).toBe(3);
    expect(slots("preuve de fonds pour 4 personnes").familySize).toBe(4);
    expect(slots("how much money for me my wife and 2 kids").familySize).toBe(4);
  });

  it("reads the CRS score a pool question is about", () => {
    expect(slots("How many people are in the pool above 480?").score).toBe(480);
    expect(slots("I have 478, how many people are above 480?").score).toBe(480);
    expect(slots("my crs is 455").score).toBe(455);
  });

  it("reads a round by number or date, and a category", () => {
    expect(slots("tell me about draw 262").round).toBe("262");
    expect(slots("tirage numéro 176").round).toBe("176");
    expect(slots("what was the cutoff of the draw on March 21, 2025?")).toMatchObject({ roundDate: "2025-03-21" });
    expect(slots("what was the cutoff of the draw on March 21, 2025?").period).toBeUndefined();
    expect(slots("le tirage du 8 juillet 2024").roundDate).toBe("2024-07-08");
    expect(slots("healthcare draw 2025").category).toBe("healthcare");
    expect(slots("is the researchers category active").category).toBe("researchers");
  });
});

describe("a score judged good or not", () => {
  it("reads 'is N a good score' and 'N c'est un bon score'", () => {
    expect(slots("would 471 be a decent score").score).toBe(471);
    expect(slots("est-ce que 455 c’est une bonne note").score).toBe(455);
  });
});

describe("education levels named", () => {
  it("'master's degree' is one master's, not also a bachelor's", () => {
    expect(educationLevelsIn(normalise("points for a masters degree").replace(/'/g, " "))).toEqual(["masters"]);
    expect(educationLevelsIn("doctorate degree or bachelor")).toEqual(["doctoral", "bachelors"]);
  });
});
