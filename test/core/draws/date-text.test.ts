import { describe, expect, it } from "vitest";
import { parseCount, parseDateText, parseDateTimeText } from "../../../src/core/draws/date-text.ts";
import { snapshotRaw } from "../../helpers/fixtures.ts";
import { readFileSync } from "node:fs";
import { RAW_2024_FILE } from "../../helpers/fixtures.ts";

describe("parseDateTimeText", () => {
  // Every shape seen in the feed, with the instant it means.
  const shapes: Array<[string, string | null, string?]> = [
    ["August 7, 2026 at 10:08:20 UTC", "2026-08-07T10:08:20Z"],
    ["October 11, 2025 at 14:55:49 UTC", "2025-10-11T14:55:49Z"],
    ["July 3rd 2026 at 21:35:13 UTC", "2026-07-03T21:35:13Z"],
    ["May 21, 2026 at  12:14:09 UTC", "2026-05-21T12:14:09Z"],
    ["April 13, 2026  at 23:10:05 UTC", "2026-04-13T23:10:05Z"],
    ["September 05, 2025 at 0:59:13 UTC", "2025-09-05T00:59:13Z"],
    ["October 18, 2025 at  7:18:52 UTC", "2025-10-18T07:18:52Z"],
    ["March 05, 2025 at 05:10:48", "2025-03-05T05:10:48Z"],
    ["May 26 2025 at 12:28:38 UTC", "2025-05-26T12:28:38Z"],
    ["October 15, 2025 15:55:18 UTC", "2025-10-15T15:55:18Z"],
    ["January 23, 2025 at 2025-01-23 15:30:04 UTC", "2025-01-23T15:30:04Z"],
    ["March 02. 2024 at 01:58:34 UTC", "2024-03-02T01:58:34Z"],
    ["May 31, 2024 at12:48:30 UTC", "2024-05-31T12:48:30Z"],
    ["October 25, 2023 at 15:48:39 AM UTC", "2023-10-25T15:48:39Z"],
    ["September 30, 2023 at 04:22:17 AM UTC", "2023-09-30T04:22:17Z"],
    ["July 04, 2023 at 19:36:18 UTC ", "2023-07-04T19:36:18Z"],
    ["April 26,2023 18:10:04 UTC", "2023-04-26T18:10:04Z"],
    ["March 01, 2023, at 17:24:39 UTC", "2023-03-01T17:24:39Z"],
    ["June 22, 2021 at 20:19:59 PM UTC", "2021-06-22T20:19:59Z"],
    ["January 9, 2019 at 7:35:09 UTC", "2019-01-09T07:35:09Z"],
    [" January 17, 2018 at 12:33:00 UTC", "2018-01-17T12:33:00Z"],
    ["November 1, 2017, at 12:55:44 UTC", "2017-11-01T12:55:44Z"],
    ["June 1, 2024 at 8:05:00 PM UTC", "2024-06-01T20:05:00Z"],
    ["June 1, 2024 at 12:05:00 AM UTC", "2024-06-01T00:05:00Z"],
    ["7 août 2026 à 10:08:20 UTC", "2026-08-07T10:08:20Z"],
    // Unreadable: kept raw, never invented.
    ["sometime in May", null],
    ["February 30, 2024 at 10:00:00 UTC", null],
    ["May 3, 2024", null],
    ["May 3, 2024 at 25:00:00 UTC", null],
    ["", null],
  ];
  it.each(shapes)("GIVEN %j THEN reads %j", (raw, iso) => {
    const value = parseDateTimeText(raw);
    expect(value.iso).toBe(iso);
    expect(value.raw).toBe(raw.replace(/\s+/g, " ").trim());
  });

  it("GIVEN a date-time without a year THEN takes the year from the round's date and says so", () => {
    expect(parseDateTimeText("October 7 at 16:38:21 UTC", "2021-10-27")).toEqual({ raw: "October 7 at 16:38:21 UTC", iso: "2021-10-07T16:38:21Z", inferred: "year" });
    // A tie-break in December for a round in January belongs to the year before.
    expect(parseDateTimeText("December 30 at 10:00:00 UTC", "2025-01-08").iso).toBe("2024-12-30T10:00:00Z");
    expect(parseDateTimeText("October 7 at 16:38:21 UTC").iso).toBeNull();
  });

  it("GIVEN every date-time of both snapshots THEN reads each one", () => {
    const raw2024 = JSON.parse(readFileSync(RAW_2024_FILE, "utf8")).rounds as Array<Record<string, string>>;
    const values = [...snapshotRaw(), ...raw2024].flatMap((r) => [[r.drawDateTime!, r.drawDate!], [r.drawCutOff!, r.drawDate!]]).filter(([v]) => v!.trim());
    expect(values.length).toBeGreaterThan(1300);
    const unread = values.filter(([v, d]) => parseDateTimeText(v!, d).iso === null);
    expect(unread).toEqual([]);
  });
});

describe("parseDateText and parseCount", () => {
  it("reads dates in words and ISO", () => {
    expect(parseDateText("August 3, 2026")).toBe("2026-08-03");
    expect(parseDateText("2026-08-03")).toBe("2026-08-03");
    expect(parseDateText("July 19, 2026")).toBe("2026-07-19");
    expect(parseDateText("not a date")).toBeNull();
  });
  it("reads counts with separators and refuses the rest", () => {
    expect(parseCount("20,784")).toBe(20784);
    expect(parseCount("20 784")).toBe(20784);
    expect(parseCount("20\u202f784")).toBe(20784);
    expect(parseCount("300")).toBe(300);
    expect(parseCount("")).toBeNull();
    expect(parseCount("3.5")).toBeNull();
    expect(parseCount("-4")).toBeNull();
  });
});
