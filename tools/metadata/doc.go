// Package metadata holds tests, and only tests, that check the repository's
// machine-readable metadata against the published schemas, vendored under
// testdata/ (its README says where each comes from):
//
//   - CITATION.cff at the repository's root against the Citation File
//     Format 1.2.0 JSON Schema, and its reference against the report the
//     module cites ([shenyang.Report]);
//   - data/datapackage.json against the Frictionless Data Package 2.0
//     profile, with the two v2 declarations the descriptor must carry: its
//     "$schema" and "type": "table" on every resource with a Table Schema.
//
// Each check has table cases that break a copy of the file and show that the
// check refuses it. .ci/metadata runs these tests, and then reads every row
// of the data package with the Frictionless v1 JavaScript implementation
// (tools/npm/readrows.js).
package metadata
