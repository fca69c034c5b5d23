// The elements as the framework types and the editor data describe them: tags, attributes,
// properties, events, slots and descriptions from custom-elements.json (the one list of elements),
// with each type the manifest names by an alias (`RiskSelection`) or not at all (an event's detail)
// resolved by TypeScript from the sources the manifest was written from.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';

/** `heading-level` → `HeadingLevel`, `ubs-toggle` → `UbsToggle`. */
export const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
/** `heading-level` → `headingLevel`, as Vue names a prop written in kebab case. */
export const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** A type as TypeScript source, aliases expanded, so the generated files name nothing private. */
function typeText(checker, type, seen = new Set()) {
  // A standard library alias (`Readonly<…>`, `Record<…>`) keeps its name, its arguments spelled out.
  const alias = type.aliasSymbol?.declarations?.[0];
  if (alias && /[\\/]typescript[\\/]lib[\\/]lib\.[^\\/]+\.d\.ts$/.test(alias.getSourceFile().fileName) && type.aliasTypeArguments?.length) {
    return `${type.aliasSymbol.name}<${type.aliasTypeArguments.map((argument) => typeText(checker, argument, seen)).join(', ')}>`;
  }
  if (type.isUnion()) {
    let parts = type.types.map((member) => typeText(checker, member, seen));
    if (parts.includes('true') && parts.includes('false')) parts = [...parts.filter((p) => p !== 'true' && p !== 'false'), 'boolean'];
    return [...new Set(parts)].join(' | ');
  }
  if (type.isStringLiteral()) return `'${type.value.replace(/['\\]/g, '\\$&')}'`;
  if (type.isNumberLiteral()) return String(type.value);
  if (checker.isArrayType(type)) {
    const [element] = checker.getTypeArguments(type);
    const text = typeText(checker, element, seen);
    return `${type.symbol?.name === 'ReadonlyArray' ? 'readonly ' : ''}${/[ |&]/.test(text) ? `(${text})` : text}[]`;
  }
  // An anonymous object type, or an interface of this package (an event's detail): its properties,
  // spelled out, so the generated files import nothing from the sources.
  const ours = type.symbol?.declarations?.some((declaration) => /[\\/]src[\\/]/.test(declaration.getSourceFile().fileName));
  if (type.flags & ts.TypeFlags.Object && !checker.isArrayType(type) && (type.symbol?.name === '__object' || ours) && !seen.has(type)) {
    seen.add(type);
    const properties = checker.getPropertiesOfType(type).map((property) => {
      const optional = property.flags & ts.SymbolFlags.Optional ? '?' : '';
      const propertyType = checker.getNonNullableType(checker.getTypeOfSymbol(property));
      return `${property.name}${optional}: ${typeText(checker, propertyType, seen)}`;
    });
    return `{ ${properties.join('; ')} }`;
  }
  return checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseFullyQualifiedType);
}

/** The string values a type allows, when it is a union of string literals (an enumerated attribute). */
function stringValues(type) {
  const members = type.isUnion() ? type.types : [type];
  const literals = members.filter((member) => !(member.flags & ts.TypeFlags.Undefined));
  return literals.length > 0 && literals.every((member) => member.isStringLiteral()) ? literals.map((member) => member.value) : undefined;
}

/**
 * The detail type of every event, from `UbsEventMap` (src/shared/events.ts: `'ubs-toggle':
 * CustomEvent<UbsToggleDetail>`, …), which `emit()` requires each event to follow.
 */
function eventDetails(program, checker) {
  const details = new Map();
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || !file.fileName.includes('/src/')) continue;
    ts.forEachChild(file, (node) => {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'UbsEventMap') return;
      for (const member of node.members) {
        const event = checker.getTypeAtLocation(member);
        const [detail] = checker.getTypeArguments?.(event) ?? event.aliasTypeArguments ?? event.typeArguments ?? [];
        if (member.name && detail) details.set(member.name.getText(file).replace(/^['"]|['"]$/g, ''), typeText(checker, detail));
      }
    });
  }
  if (details.size === 0) throw new Error('No UbsEventMap in src/: the events\' detail types are read from it.');
  return details;
}

/**
 * The elements of a manifest, sorted by tag, each with its attributes (kebab case, as written in
 * HTML), its public properties, its events with their detail types, its slots and CSS parts, and the
 * module (in dist/) that registers it.
 */
export function elementModel(manifestFile = 'custom-elements.json', tsconfig = 'tsconfig.build.json') {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const config = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } });
  const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })));
  const elements = declarations.filter(({ declaration }) => declaration.customElement && declaration.tagName);
  const program = ts.createProgram({ rootNames: elements.map(({ module }) => resolve(module.path)), options: { ...config.options, noEmit: true } });
  const checker = program.getTypeChecker();
  const details = eventDetails(program, checker);

  return elements
    .map(({ module, declaration }) => {
      const source = program.getSourceFile(resolve(module.path));
      const classNode = source?.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === declaration.name);
      if (!classNode) throw new Error(`${module.path} has no class ${declaration.name}, which custom-elements.json names`);
      const instance = checker.getTypeAtLocation(classNode);
      const memberType = (name) => {
        const symbol = instance.getProperty(name);
        return symbol && checker.getTypeOfSymbolAtLocation(symbol, classNode);
      };
      const fields = (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'));
      const attributes = (declaration.attributes ?? []).map((attribute) => {
        const type = attribute.fieldName ? memberType(attribute.fieldName) : undefined;
        const values = type && stringValues(type);
        const base = type ? typeText(checker, checker.getNonNullableType(type)) : (attribute.type?.text ?? 'string');
        return { name: attribute.name, fieldName: attribute.fieldName, description: attribute.description ?? '', type: base, values, default: attribute.default };
      });
      const properties = fields.map((field) => {
        const type = memberType(field.name);
        return { name: field.name, description: field.description ?? '', type: type ? typeText(checker, checker.getNonNullableType(type)) : 'unknown', readonly: Boolean(field.readonly) };
      });
      const events = (declaration.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '', detail: details.get(event.name) ?? 'unknown' }));
      return {
        tagName: declaration.tagName,
        className: declaration.name,
        summary: declaration.summary ?? '',
        description: declaration.description ?? '',
        module: module.path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js'),
        attributes,
        properties,
        events,
        slots: declaration.slots ?? [],
        cssParts: declaration.cssParts ?? [],
        cssProperties: declaration.cssProperties ?? [],
      };
    })
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

if (process.argv[1]?.endsWith('element-model.mjs')) console.log(JSON.stringify(elementModel(), null, 2));
