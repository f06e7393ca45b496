// Two entities that go by the same name are either one entity written twice or a trap for every
// reader who searches for it: a name or alias that equals another entity's, once width, compatibility
// forms and case are folded (NFKC and case folding), is refused with the other entity's id, so the
// writer merges the two or tells them apart.
import type { EntityRecord } from '../../graph-schema';
import type { Origins, RuleBreach } from './write-rules';

/** The form two names are compared in: "ＯｐｅｎＡＩ" and "openai" share it. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().normalize('NFKC').trim();
}

/** Every name an entity goes by, with the field that holds it. */
export function namesOf(entity: EntityRecord): { field: string; value: string }[] {
  const record = entity as Record<string, unknown>;
  const names = [{ field: 'name', value: entity.name }];
  if (typeof record.nameJa === 'string') names.push({ field: 'nameJa', value: record.nameJa });
  entity.aliases.forEach((alias, i) => names.push({ field: `aliases.${i}`, value: alias }));
  return names;
}

/** Which stored entity (other than the ones being written) holds each of these name keys. */
export type StoredNames = (names: string[]) => Promise<Map<string, string>>;

export async function nameClashBreaches(entities: EntityRecord[], origins: Origins, stored?: StoredNames): Promise<RuleBreach[]> {
  const breaches: RuleBreach[] = [];
  const holder = new Map<string, string>();
  const clash = (index: number, entity: EntityRecord, field: string, value: string, other: string, where: string) =>
    breaches.push({
      origin: origins.entity(index),
      record: entity.id,
      field,
      message: `"${value}" is already a name of "${other}"${where} (names are compared ignoring width and case); merge the two or tell them apart`,
    });
  entities.forEach((entity, index) => {
    for (const { field, value } of namesOf(entity)) {
      const key = nameKey(value);
      const other = holder.get(key);
      if (other !== undefined && other !== entity.id) clash(index, entity, field, value, other, ' in this write');
      else holder.set(key, entity.id);
    }
  });
  if (!stored || entities.length === 0) return breaches;
  const writing = new Set(entities.map((e) => e.id));
  const taken = await stored(entities.flatMap((e) => namesOf(e).map((n) => n.value)));
  entities.forEach((entity, index) => {
    for (const { field, value } of namesOf(entity)) {
      const other = taken.get(nameKey(value));
      if (other !== undefined && !writing.has(other)) clash(index, entity, field, value, other, '');
    }
  });
  return breaches;
}
