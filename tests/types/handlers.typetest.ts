// Type tests, checked by `tsc` (npm run typecheck), never run: a handler that answers off its
// route's declaration does not compile, nor does a client call with the wrong parameters.
import type { Contract, RequestOf, SuccessBody } from '../../graph-schema/contract';
import { FrozenJson } from '../../server/http/frozen-json';
import { handlers, type Handler, type Handlers } from '../../server/http/handler';

const entity = { id: 'x', kind: 'Person' as const, name: 'X', aliases: [], sources: [] };

export const onContract = handlers({
  async 'GET /api/entities/:id'({ params }) {
    return { status: 200, body: { entity: { ...entity, id: params.id }, claimCount: { made: 0, about: 0 }, sourceDocuments: [] } };
  },
  async 'GET /api/export'() {
    return { status: 200, contentType: 'application/graphml+xml', body: '<graphml/>' };
  },
  async 'GET /api/health'() {
    return {
      status: 503,
      body: { status: 'degraded', neo4j: 'down', error: { code: 'DATABASE_UNAVAILABLE', message: 'down', details: [] } },
    };
  },
});

// @ts-expect-error 201 is not a status GET /api/entities/:id declares
export const undeclaredStatus: Handler<Contract['GET /api/entities/:id']> = async () => ({
  status: 201,
  body: { entity, claimCount: { made: 0, about: 0 }, sourceDocuments: [] },
});

// @ts-expect-error 404 is an error: it is thrown (NotFoundError), never returned
export const returnedError: Handler<Contract['GET /api/entities/:id']> = async () => ({
  status: 404,
  body: { error: { code: 'NOT_FOUND', message: 'no', details: [] } },
});

// @ts-expect-error the body lacks claimCount
export const wrongShape: Handler<Contract['GET /api/entities/:id']> = async () => ({ status: 200, body: { entity, sourceDocuments: [] } });

// @ts-expect-error a kind that graph-schema does not know
export const wrongKind: Handler<Contract['POST /api/entities']> = async () => ({ status: 201, body: { ...entity, kind: 'Spaceship' } });

// @ts-expect-error GraphML is not declared for the health route
export const undeclaredMediaType: Handler<Contract['GET /api/health']> = async () => ({
  status: 200,
  contentType: 'application/graphml+xml',
  body: '',
});

// @ts-expect-error a GraphML answer must say it is one; without contentType the body must be the JSON dataset
export const graphmlAsJson: Handler<Contract['GET /api/export']> = async () => ({ status: 200, body: '<graphml/>' });

// @ts-expect-error a frozen body must hold the declared shape
export const wrongFrozen: Handler<Contract['GET /api/schema']> = async () => ({ status: 200, body: new FrozenJson({ kinds: 'none' }) });

// @ts-expect-error the contract's implementation may not leave a route out
export const incomplete: Handlers = { ...onContract };

// The client's side: parameters as the route declares them, answers as its success shape.
export const goodRequest: RequestOf<Contract['GET /api/entities/:id']> = { params: { id: 'elon-musk' } };
// @ts-expect-error the path parameter is required
export const missingParam: RequestOf<Contract['GET /api/entities/:id']> = {};
// @ts-expect-error no such query parameter
export const unknownQuery: RequestOf<Contract['GET /api/entities']> = { query: { colour: 'red' } };
export const answerKinds = (answer: SuccessBody<Contract['GET /api/entities']>) => answer.items.map((e) => e.kind);
// @ts-expect-error the success body of a list has no `entity`
export const wrongAnswer = (answer: SuccessBody<Contract['GET /api/entities']>) => answer.entity;
