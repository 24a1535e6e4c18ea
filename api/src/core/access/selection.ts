import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * What an operation asks for below a field, by field name (aliases merged): `null` for a leaf, the
 * fields asked of it for an object. `arguments` is set when any occurrence of the field has some.
 */
export interface Requested {
  fields: Map<string, Requested | null>;
  withArguments: Set<string>;
}

function included(node: { directives?: readonly unknown[] }, info: GraphQLResolveInfo): boolean {
  if (!node.directives?.length) return true;
  const skip = getDirectiveValues(GraphQLSkipDirective, node as FieldNode, info.variableValues);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node as FieldNode, info.variableValues);
  return include?.if !== false;
}

function collect(selectionSet: SelectionSetNode, info: GraphQLResolveInfo, into: Requested): void {
  for (const selection of selectionSet.selections) {
    if (!included(selection, info)) continue;
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__')) continue;
      if (selection.arguments?.length) into.withArguments.add(name);
      if (!selection.selectionSet) {
        if (!into.fields.has(name)) into.fields.set(name, null);
        continue;
      }
      let inner = into.fields.get(name);
      if (!inner) {
        inner = { fields: new Map(), withArguments: new Set() };
        into.fields.set(name, inner);
      }
      collect(selection.selectionSet, info, inner);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(selection.selectionSet, info, into);
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment) collect(fragment.selectionSet, info, into);
    }
  }
}

/** The fields asked for below the field being resolved, across every place the operation asks for it. */
export function requestedBelow(info: GraphQLResolveInfo): Requested {
  const requested: Requested = { fields: new Map(), withArguments: new Set() };
  for (const node of info.fieldNodes) if (node.selectionSet) collect(node.selectionSet, info, requested);
  return requested;
}
