import { expect, test } from 'vitest'
import { ROW_SCHEMAS } from './rows'
import { CLEAR_TEXT_FIELDS, SENSITIVE_FIELDS } from './sensitive-fields'

interface SchemaNode {
  type: string
  entries?: Record<string, SchemaNode>
  wrapped?: SchemaNode
  item?: SchemaNode
  value?: SchemaNode
  options?: SchemaNode[]
  pipe?: { type: string }[]
}

/** Whether a valibot schema can hold free text: a string not bound to a format by a regex or check. */
function holdsText(schema: SchemaNode): boolean {
  if (schema.type === 'string') {
    return !(schema.pipe ?? []).some((action) => action.type === 'regex' || action.type === 'check')
  }
  const children = [
    ...Object.values(schema.entries ?? {}),
    ...(schema.options ?? []),
    schema.wrapped,
    schema.item,
    schema.value,
  ]
  return children.some((child) => child !== undefined && holdsText(child))
}

/** Top-level fields of a table's row schema (variants merged), with their schemas. */
function fieldsOf(schema: SchemaNode): [string, SchemaNode][] {
  if (schema.entries) return Object.entries(schema.entries)
  if (schema.options) return schema.options.flatMap(fieldsOf)
  return []
}

test('every table that holds text declares what the lock encrypts, and every text field is decided', () => {
  for (const [table, schema] of Object.entries(ROW_SCHEMAS)) {
    const name = table as keyof typeof ROW_SCHEMAS
    const sensitive: readonly PropertyKey[] = SENSITIVE_FIELDS[name]
    const clear: readonly PropertyKey[] = CLEAR_TEXT_FIELDS[name] ?? []
    const textFields = fieldsOf(schema as unknown as SchemaNode)
      .filter(([field, node]) => field !== 'id' && holdsText(node))
      .map(([field]) => field)
    if (textFields.length > 0)
      expect(sensitive.length, `${table} declares no sensitive field`).toBeGreaterThan(0)
    for (const field of textFields) {
      expect(
        sensitive.includes(field) || clear.includes(field),
        `${table}.${field} holds text: list it in SENSITIVE_FIELDS or, with a reason, CLEAR_TEXT_FIELDS`,
      ).toBe(true)
    }
  }
})

test('the check itself finds free text, and a table without any needs no list', () => {
  expect(holdsText(ROW_SCHEMAS.entries.entries.text as unknown as SchemaNode)).toBe(true)
  expect(holdsText(ROW_SCHEMAS.entries.entries.day as unknown as SchemaNode)).toBe(false)
  expect(
    fieldsOf(ROW_SCHEMAS.wellbeingChecks as unknown as SchemaNode).some(([, node]) =>
      holdsText(node),
    ),
  ).toBe(false)
})

test('the sealing run meets settings, then entries, first (the v10 upgrade counts on it)', () => {
  expect(Object.keys(SENSITIVE_FIELDS).slice(0, 2)).toEqual(['settings', 'entries'])
})
