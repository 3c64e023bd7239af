// Checks the published JSON Schema with ajv, the validator most users outside .NET run:
//
//   node check.mjs                 compile docs/schema/conflict-report.schema.json in strict mode and
//                                  check that ajv and the library agree on the fixtures (below);
//   node check.mjs --cases FILE    also validate each case of FILE, a JSON array of {"name", "json"}
//                                  (the .NET tests pass generated and hand-broken documents this way).
//
// Prints one JSON object on stdout: {"compiled", "warnings", "valid", "corpus", "cases",
// "disagreements"}, and exits 1 if there is any warning or disagreement. ConflictJsonSchemaAjvTests
// (tests/ConflictModel.Tests) runs it in CI and asserts on that output; `npm ci` in this folder
// installs ajv from package-lock.json first (build/test.sh does).
//
// Agreement on the invalid-document corpus (src/ConflictModel.Fixtures/Corpus/corpus.json, whose
// failures are the library's, checked by the fixture tests): a document a schema can judge is
// refused with exactly one error, at the corpus pointer (besides the "if" keyword's own note that
// its "then" failed, at an enclosing object); every other document is listed in NOT_JUDGED with
// why, and what ajv does with it is checked too. docs/json-format.md has the same list.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");
const schemaPath = path.join(root, "docs", "schema", "conflict-report.schema.json");
const corpusDir = path.join(root, "src", "ConflictModel.Fixtures", "Corpus");
const validFiles = [
  path.join(root, "src", "ConflictModel.Fixtures", "Mali", "mali-report.json"),
  path.join(corpusDir, "valid-base.json"),
];

// The corpus documents a schema cannot judge, with why and what ajv does with them instead:
// "not JSON" (JSON.parse refuses the text, so there is nothing to validate), "accepts", or the
// path of the one error ajv reports for a reason of its own.
const NOT_JUDGED = {
  "empty-document": ["not JSON", "JSON syntax: a schema validates a parsed value"],
  "byte-order-mark": ["not JSON", "JSON syntax (a byte order mark before the value): a schema validates a parsed value"],
  "truncated": ["not JSON", "JSON syntax: a schema validates a parsed value"],
  "trailing-comma": ["not JSON", "JSON syntax: a schema validates a parsed value"],
  "comment": ["not JSON", "JSON syntax: a schema validates a parsed value"],
  "nan-latitude": ["not JSON", "JSON syntax (NaN is no JSON number): a schema validates a parsed value"],
  "content-after-document": ["not JSON", "JSON syntax: a schema validates a parsed value"],
  "surrogate-in-member-name": ["/actors/2/\ud800", "a lone surrogate escape parses in JavaScript as a lone UTF-16 unit; ajv refuses the member as unknown (at its own path), the reader refuses the name as no text at all (at the object)"],
  "unpaired-surrogate": ["accepts", "a lone surrogate escape parses in JavaScript as a lone UTF-16 unit, and JSON Schema has no rule for well-formed text"],
  "duplicate-property": ["accepts", "a parser keeps one of the two members (JSON.parse the last); a schema never sees the duplicate"],
  "estimate-min-above-max": ["accepts", "compares two values of the document (min <= max); JSON Schema 2020-12 has no comparison between members"],
  "date-range-end-before-start": ["accepts", "compares two values of the document (start <= end)"],
  "span-length-mismatch": ["accepts", "compares two values of the document (end - start is the length of exact, in code points)"],
  "nested-too-deep": ["/extension", "the depth limit is the reader's, not the format's; ajv refuses /extension only because this schema describes version 1.0, where it is an unknown member, though a 1.1 reader skips it"],
};
// Every validation-stage document (the reader accepts it; ConflictReport.Validate finds the fault)
// is about references between members, text held elsewhere, digests, times compared, code lists
// or advice: none is a rule on the shape of one value. The schema must accept each of them.
const VALIDATION_REASON = "a rule of ConflictReport.Validate (references, cycles, quotes against the source text, digests, times compared, code lists, advice), not of the document's shape";

const warnings = [];
const logger = { log: (m) => warnings.push(String(m)), warn: (m) => warnings.push(String(m)), error: (m) => warnings.push(String(m)) };
const ajv = new Ajv2020({ strict: true, allErrors: true, logger });
addFormats(ajv);

const result = { compiled: false, warnings, valid: [], corpus: [], cases: [], disagreements: [] };
const disagree = (what) => result.disagreements.push(what);

let validate;
try {
  validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));
  result.compiled = true;
} catch (e) {
  disagree(`the schema does not compile in strict mode: ${e.message}`);
}

// An error's path: ajv gives the object for a member that is missing, out of place or depends on
// another, and names the member in params; the library's pointer names the member itself when it
// is present (unknown, or depending on another), and the object when it is missing.
function errorPath(e) {
  const member = e.params?.additionalProperty ?? (e.keyword === "dependentRequired" ? e.params.property : undefined);
  return member === undefined ? e.instancePath : `${e.instancePath}/${member.replaceAll("~", "~0").replaceAll("/", "~1")}`;
}

function check(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { json: false, errors: [] };
  }
  validate(value);
  const errors = (validate.errors ?? []).map((e) => ({ path: errorPath(e), keyword: e.keyword, message: e.message, schemaPath: e.schemaPath }));
  return { json: true, errors };
}

// The one error that is not an "if" keyword's note, when every "if" note is at an enclosing object.
function single(errors) {
  const leaves = errors.filter((e) => e.keyword !== "if");
  if (leaves.length !== 1) return null;
  const leaf = leaves[0];
  const enclosing = errors.every((e) => e === leaf || leaf.path === e.path || leaf.path.startsWith(`${e.path}/`));
  return enclosing ? leaf : null;
}

if (validate) {
  for (const file of validFiles) {
    const r = check(fs.readFileSync(file, "utf8"));
    result.valid.push({ file: path.relative(root, file), errors: r.errors });
    if (!r.json || r.errors.length > 0) disagree(`${path.relative(root, file)} is valid, but ajv refuses it: ${JSON.stringify(r.errors)}`);
  }

  const manifest = JSON.parse(fs.readFileSync(path.join(corpusDir, "corpus.json"), "utf8"));
  const listed = new Set();
  for (const doc of manifest.documents) {
    const failure = doc.failure;
    const r = check(fs.readFileSync(path.join(corpusDir, doc.file), "utf8"));
    const entry = { name: doc.name, stage: failure.stage, expected: failure.pointer, json: r.json, errors: r.errors };
    if (failure.stage === "validation") {
      entry.judged = false;
      entry.reason = VALIDATION_REASON;
      if (!r.json || r.errors.length > 0) disagree(`${doc.name}: the reader accepts it, but ajv refuses it: ${JSON.stringify(r.errors)}`);
    } else if (doc.name in NOT_JUDGED) {
      listed.add(doc.name);
      const [outcome, reason] = NOT_JUDGED[doc.name];
      entry.judged = false;
      entry.reason = reason;
      const one = single(r.errors);
      const actual = !r.json ? "not JSON" : r.errors.length === 0 ? "accepts" : one ? one.path : JSON.stringify(r.errors);
      if (actual !== outcome) disagree(`${doc.name}: expected ajv to give ${outcome}, it gives ${actual}`);
    } else {
      entry.judged = true;
      const one = single(r.errors);
      if (!r.json) disagree(`${doc.name}: a judged document is not JSON`);
      else if (!one) disagree(`${doc.name}: expected one error at "${failure.pointer}", ajv gives ${r.errors.length}: ${JSON.stringify(r.errors)}`);
      else if (one.path !== failure.pointer) disagree(`${doc.name}: expected the error at "${failure.pointer}", ajv gives it at "${one.path}" (${one.keyword}: ${one.message})`);
    }
    result.corpus.push(entry);
  }
  for (const name of Object.keys(NOT_JUDGED)) {
    if (!listed.has(name)) disagree(`${name} is listed as not judged but is no read-stage document of the corpus`);
  }

  const casesAt = process.argv.indexOf("--cases");
  if (casesAt > 0) {
    for (const c of JSON.parse(fs.readFileSync(process.argv[casesAt + 1], "utf8"))) {
      const r = check(c.json);
      result.cases.push({ name: c.name, json: r.json, errors: r.errors });
    }
  }
}

if (warnings.length > 0) disagree(`ajv warned: ${warnings.join(" | ")}`);
// A lone surrogate (in a corpus document's member name, say) is written as the text "\udXXX", so
// that the output is well-formed UTF-16 that every JSON reader, .NET's included, can take.
const wellFormed = (key, value) => (typeof value === "string" ? value.replace(/\p{Surrogate}/gu, (c) => `\\u${c.charCodeAt(0).toString(16)}`) : value);
process.stdout.write(JSON.stringify(result, wellFormed, 2) + "\n");
process.exitCode = result.disagreements.length === 0 ? 0 : 1;
