// What every registry format turns its file into: one entry per record, a record or the reason
// it was refused, with the line it was on.
import type { Registry } from '../../nonprofit/nonprofit.entity.ts';

export interface RegistryRecord {
  registrationNumber: string;
  name: string;
  city: string | null;
  website: string | null;
  /** The registry's kind of organisation (US_IRS: the Pub 78 deductibility code). */
  kind: string | null;
  /** Registered now (not removed, deregistered or dissolved). */
  listed: boolean;
}

export type ParsedEntry =
  | { line: number; record: RegistryRecord }
  | { line: number; error: string }
  /** A row the platform does not take, and not an error (e.g. a linked charity). */
  | { line: number; skipped: string };

/** The file is not in the registry's format at all: nothing is loaded. */
export class WrongFormatError extends Error {
  override name = 'WrongFormatError';
}

export interface RegistryFormat {
  registry: Registry;
  /** The country whose regulator keeps the register: every nonprofit in it is registered there. */
  country: string;
  /** The entries of the file in order, a chunk's worth at a time. */
  parse(chunks: AsyncIterable<string>): AsyncGenerator<ParsedEntry[]>;
}

/** Whitespace to tidy: at either end, doubled, or other than a plain space. */
const UNTIDY = /^\s|\s$|\s\s|[^\S ]/;
/** Trimmed, every run of whitespace one space (most values are tidy already: tested first). */
export const clean = (value: string | undefined): string => {
  const text = value ?? '';
  return UNTIDY.test(text) ? text.trim().replace(/\s+/g, ' ') : text;
};
export const orNull = (value: string | undefined): string | null => clean(value) || null;
export const MAX_NAME = 500;

/** Why a registered name cannot be taken, or null when it can. */
export function nameProblem(name: string, column: string): string | null {
  if (!name) return `${column} is empty`;
  if (name.length > MAX_NAME) return `${column} is longer than ${MAX_NAME} characters`;
  return null;
}
