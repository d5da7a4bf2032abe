/**
 * Writes resources/templates/<id>.docx from resources/templates/petition-templates.json, the
 * source the app itself builds them from (domain/petitions/docx.ts). Run after editing a
 * template: `npx tsx tests/tools/build-petition-templates.ts`. tests/unit/petition-templates.test.ts
 * fails when a checked-in .docx no longer matches its source.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import templates from '../../resources/templates/petition-templates.json' with { type: 'json' };
import { buildTemplateDocx } from '../../src-main/domain/petitions/docx';

const dir = path.resolve(import.meta.dirname, '../../resources/templates');
for (const t of templates.templates) {
  const file = path.join(dir, `${t.id}.docx`);
  writeFileSync(file, buildTemplateDocx(t.lines));
  console.log(path.relative(process.cwd(), file));
}
