import {
  BREAK,
  execute,
  getNamedType,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  Kind,
  typeFromAST,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';

/**
 * Execution compiled once per parsed document with graphql-jit (docs/PERFORMANCE.md), plugged into
 * Apollo Server through its executor hook — the "gateway" interface, the one way Apollo lets a server
 * bring its own executor. Parsing, validation, the limits and every plugin stay Apollo's.
 *
 * graphql-js still answers an operation that names no operation of the document, or whose variables
 * do not coerce to their types, so those clients get graphql-js's messages (which Apollo recognises
 * as OPERATION_RESOLUTION_FAILURE and BAD_USER_INPUT).
 *
 * SECURITY: graphql-jit 0.8.9 writes a document's literal argument values into the code it generates,
 * and turns a string of the form `"__MAGIC_DATE__<uuid><text>"` into `new Date(<text>)` — code a
 * client chooses (test/integration/jit-executor.test.ts shows it). So a document with any string
 * literal (an argument, a default value, a directive's argument) is never compiled: graphql-js runs
 * it. Strings then only reach execution as variables, which the compiled code reads as data.
 *
 * graphql-jit 0.8.9 does not apply an input object field's default value to a variable that leaves the field out
 * (`objective: OutcomeMetric! = CONTRIBUTION_MARGIN` would be "not provided"), so a document whose variables are of
 * an input type with such a field, at any depth, is not compiled either: graphql-js applies the defaults.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  // Apollo keeps parsed documents in an LRU cache and hands out the same object for the same text.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery>>();

  // Input types with a defaulted field at any depth (see above); worked out once per type.
  const defaulted = new Map<string, boolean>();
  const hasDefaults = (type: GraphQLNamedType | undefined, path = new Set<string>()): boolean => {
    if (!type || !isInputObjectType(type) || path.has(type.name)) return false;
    const known = defaulted.get(type.name);
    if (known !== undefined) return known;
    path.add(type.name);
    const fields = Object.values(type.getFields());
    const found =
      fields.some((f) => f.defaultValue !== undefined) || fields.some((f) => hasDefaults(getNamedType(f.type), path));
    path.delete(type.name);
    defaulted.set(type.name, found);
    return found;
  };

  // Whether a document may be compiled: no string literal anywhere, no variable of a defaulted input type (see
  // above); worked out once.
  const compilable = new WeakMap<DocumentNode, boolean>();
  const mayCompile = (document: DocumentNode): boolean => {
    let known = compilable.get(document);
    if (known === undefined) {
      known = true;
      visit(document, {
        [Kind.STRING]: () => {
          known = false;
          return BREAK;
        },
        [Kind.VARIABLE_DEFINITION]: (def) => {
          const type = typeFromAST(schema, def.type);
          if (type && hasDefaults(getNamedType(type))) {
            known = false;
            return BREAK;
          }
          return undefined;
        },
      });
      compilable.set(document, known);
    }
    return known;
  };

  const executor: GatewayExecutor = async (rc) => {
    const variables = rc.request.variables ?? {};
    // The name the client asked for (rc.operationName is the resolved operation's, null when none).
    const operationName = rc.request.operationName ?? undefined;
    const interpret = () =>
      execute({ schema, document: rc.document, operationName, variableValues: variables, contextValue: rc.context });
    if (!rc.operation || !mayCompile(rc.document)) return interpret();
    if (getVariableValues(schema, rc.operation.variableDefinitions ?? [], variables).errors) return interpret();
    let byName = compiled.get(rc.document);
    if (!byName) compiled.set(rc.document, (byName = new Map<string, CompiledQuery>()));
    let query = byName.get(operationName ?? '');
    if (!query) {
      let result: CompiledQuery | ExecutionResult;
      try {
        result = compileQuery(schema, rc.document, operationName, { disablingCapturingStackErrors: true });
      } catch {
        return interpret(); // a document the compiler cannot handle still runs, the usual way
      }
      if (!isCompiledQuery(result)) return interpret();
      query = result;
      byName.set(operationName ?? '', query);
    }
    return withGraphQLErrors(await query.query(undefined, rc.context, variables));
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}

/**
 * graphql-jit's errors carry no `extensions` when their cause had none, and Apollo's error formatting
 * reads them: each becomes graphql-js's own GraphQLError, with its path, locations and cause kept.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    const error = new GraphQLError(e.message, {
      path: e.path,
      originalError: e.originalError ?? undefined,
      extensions: e.extensions ?? undefined,
    });
    (error as { locations?: GraphQLError['locations'] }).locations = e.locations;
    return error;
  });
  return { ...result, errors };
}
