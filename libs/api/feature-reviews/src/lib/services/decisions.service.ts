import { Injectable } from '@nestjs/common';
import { API_VERSION, KIND_NAMES, parseRef, type EntityDocument, type Ref } from '@streamscape/domain';
import { ApiError, ApiErrorCode } from '@streamscape/api-graphql';
import {
  existingRefs,
  findEntities,
  frozenDecision,
  readEntities,
  writeEntities,
  type FrozenDecision,
  type Tx,
} from '@streamscape/graph';
import { auditWrite, GraphHost } from '@streamscape/graph-nest';
import { validateDocuments } from '@streamscape/landscape';
import type { RecordDecisionInput } from '../models/inputs';
import { slug, todayUtc } from './naming';

type Outcome =
  { readonly ok: true; readonly decision: FrozenDecision } | { readonly ok: false; readonly error: ApiError };

/**
 * Records a Decision (a landscape kind, so it is also in exports and the entity API): checked by the file
 * import's validator, written by the import's writer, in one transaction.
 */
@Injectable()
export class DecisionsService {
  constructor(private readonly graph: GraphHost) {}

  async record(input: RecordDecisionInput): Promise<FrozenDecision> {
    const id = input.id ?? slug(input.name);
    if (!id)
      throw ApiError.badInput('The name gives no id: give one', [{ field: 'input.id', message: 'required' }]);
    const spec: Record<string, unknown> = { date: input.date ?? todayUtc(), outcome: input.outcome };
    if (input.rationale) spec['rationale'] = input.rationale;
    if (input.about.length) spec['about'] = input.about;
    const document: EntityDocument = {
      apiVersion: API_VERSION,
      kind: 'Decision',
      metadata: { id, name: input.name },
      spec,
    };
    const refs = input.about
      .map((text) => parseRef(text, KIND_NAMES))
      .flatMap((r) => (r.ok ? [r.ref] : ([] as Ref[])));
    const outcome = await this.graph.write('recordDecision', async (tx: Tx): Promise<Outcome> => {
      if ((await findEntities(tx, 'Decision', [id])).length) {
        return {
          ok: false,
          error: new ApiError(ApiErrorCode.CONFLICT, `A Decision with id "${id}" already exists`),
        };
      }
      const known = await existingRefs(tx, refs);
      const source = { file: 'input', index: 1, value: document, lineOf: () => undefined };
      const { entities, problems } = validateDocuments([source], { known });
      if (problems.length) {
        const fields = problems.map((p) => ({ field: inputField(p.field), message: p.reason }));
        return {
          ok: false,
          error: ApiError.badInput(
            `Invalid decision: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`,
            fields,
          ),
        };
      }
      await writeEntities(tx, entities, 'merge');
      const [stored] = await readEntities(tx, new Map([['Decision', [id]]]));
      await auditWrite(tx, { id });
      return { ok: true, decision: frozenDecision(stored) };
    });
    if (!outcome.ok) throw outcome.error;
    return outcome.decision;
  }
}

/** `spec.about[1]` -> `input.about[1]`, `metadata.id` -> `input.id` */
function inputField(path: string | undefined): string {
  const match = /^(?:metadata|spec)\.(.+)$/.exec(path ?? '');
  return match ? `input.${match[1]}` : 'input';
}
