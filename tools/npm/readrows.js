// readrows.js reads data/datapackage.json with the Frictionless Data v1
// reference implementation for JavaScript, the npm package datapackage
// (pinned in ../package.json), and reads every row of every tabular
// resource with strict casting. It prints each resource and its row count,
// and exits non-zero on the first error: a descriptor that its v1 profile
// refuses, a CSV it cannot parse, a value that does not cast to its
// field's type and format, a constraint (required, enum, unique) that a
// value breaks, or a foreign key that finds no row.
//
// Usage, in tools/: node npm/readrows.js [path/to/datapackage.json]
'use strict'

const path = require('path')
const { Package } = require('datapackage')

// readTable reads every row of the tabular resource, strictly.
async function readTable(resource) {
  try {
    // cast (the default, stated): each value is cast to its field's type
    // and checked against its constraints, and the read fails at the
    // first row that does not pass; relations: each foreign key is looked
    // up in the resource it references.
    return await resource.read({ cast: true, relations: true })
  } catch (error) {
    error.message = `${resource.name}: ${error.message}`
    if (!resource.descriptor.dialect) {
      // Without a dialect, datapackage guesses the CSV delimiter from the
      // file's first 64 KiB rather than taking the standard's ",".
      error.message += ' (the resource declares no dialect, so the delimiter was guessed:' +
        ' declare "dialect": {"delimiter": ",", "doubleQuote": true})'
    }
    throw error
  }
}

// readAll loads the descriptor at file and reads every tabular resource.
async function readAll(file) {
  // strict: the descriptor must validate against its profile, and a
  // resource is tabular by its profile "tabular-data-resource" alone.
  const dataPackage = await Package.load(file, { strict: true })
  let tables = 0
  for (const resource of dataPackage.resources) {
    if (!resource.tabular) {
      console.log(`${resource.name}: not tabular (profile ${resource.descriptor.profile}), not read`)
      continue
    }
    const rows = await readTable(resource)
    if (rows.length === 0) {
      throw new Error(`${resource.name}: no rows`)
    }
    console.log(`${resource.name}: ${rows.length} rows of ${resource.schema.fields.length} fields, every value cast`)
    tables += 1
  }
  if (tables === 0) {
    throw new Error('no tabular resource')
  }
}

const file = process.argv[2] || path.join(__dirname, '..', '..', 'data', 'datapackage.json')
readAll(file).catch((error) => {
  console.error(`readrows: ${path.relative(process.cwd(), file)}: ${error.message}`)
  for (const e of error.errors || []) {
    const at = e.rowNumber ? `row ${e.rowNumber}${e.columnNumber ? `, column ${e.columnNumber}` : ''}: ` : ''
    console.error(`  ${at}${e.message || JSON.stringify(e)}`)
  }
  process.exitCode = 1
})
