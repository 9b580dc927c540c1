import { createPublicKey, verify, type KeyObject } from "node:crypto";

/**
 * Discord signs every interaction it posts to us: Ed25519 over `timestamp + body`, with the
 * application's public key (Developer Portal → General Information). A request whose signature does
 * not verify, or whose timestamp is too far from now (a replay), is refused.
 */

/** An Ed25519 public key in SPKI DER is this 12-byte header followed by the 32 raw key bytes. */
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

export const PUBLIC_KEY_PATTERN = /^[0-9a-fA-F]{64}$/;

export function ed25519PublicKey(hex: string): KeyObject {
  if (!PUBLIC_KEY_PATTERN.test(hex)) throw new Error("a Discord public key is 64 hexadecimal characters");
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, "hex")]), format: "der", type: "spki" });
}

export type VerifyResult = { ok: true } | { ok: false; reason: "missing" | "malformed" | "stale" | "bad-signature" };

export interface VerifierOptions {
  /** How far a request's timestamp may be from our clock, either way (default 5 minutes). */
  maxSkewMs?: number;
  now?: () => number;
}

export function createVerifier(publicKeyHex: string, opts: VerifierOptions = {}): (signature: string | undefined, timestamp: string | undefined, body: Buffer) => VerifyResult {
  const key = ed25519PublicKey(publicKeyHex);
  const maxSkewMs = opts.maxSkewMs ?? 5 * 60_000;
  const now = opts.now ?? Date.now;
  return (signature, timestamp, body) => {
    if (!signature || !timestamp) return { ok: false, reason: "missing" };
    if (!/^[0-9a-fA-F]{128}$/.test(signature) || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "malformed" };
    if (Math.abs(now() - Number(timestamp) * 1000) > maxSkewMs) return { ok: false, reason: "stale" };
    const signed = Buffer.concat([Buffer.from(timestamp, "utf8"), body]);
    return verify(null, signed, key, Buffer.from(signature, "hex")) ? { ok: true } : { ok: false, reason: "bad-signature" };
  };
}
