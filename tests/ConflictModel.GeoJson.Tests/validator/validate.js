// Checks GeoJSON files against RFC 7946 with geojson-validation, an implementation independent
// of NetTopologySuite. Prints one JSON line per file: {"file", "valid", "errors"}; exits 0 even
// when a file is invalid, so that the xunit test reads and asserts on every file's errors.
'use strict';
const fs = require('fs');
const gjv = require('geojson-validation');

// geojson-validation checks structure, not ranges: RFC 7946 section 3.1.1 puts longitude first,
// in [-180, 180], and latitude in [-90, 90]; section 4 forbids "crs".
function positionErrors(doc) {
  const errors = [];
  if ('crs' in doc) errors.push('crs is not allowed (RFC 7946 section 4)');
  for (const feature of doc.features || []) {
    const g = feature.geometry;
    const positions = !g ? [] : g.type === 'Point' ? [g.coordinates] : g.type === 'MultiPoint' ? g.coordinates : [];
    for (const [lon, lat] of positions) {
      if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
        errors.push(`feature ${feature.id}: position [${lon}, ${lat}] is out of range`);
      }
    }
  }
  return errors;
}

for (const file of process.argv.slice(2)) {
  let errors;
  try {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    errors = gjv.valid(doc, true).concat(positionErrors(doc));
  } catch (e) {
    errors = ['not JSON: ' + e.message];
  }
  console.log(JSON.stringify({ file, valid: errors.length === 0, errors }));
}
