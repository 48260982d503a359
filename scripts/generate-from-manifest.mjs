// Editor and framework support generated from dist/custom-elements.json, so it can never
// drift from the code: VS Code HTML custom data, JetBrains web-types, and JSX types for
// React (and any JSX runtime that reads `JSX.IntrinsicElements`).
import { readFileSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', dist), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** `'a' | 'b'` unions in the manifest's type text become value lists. */
function valuesOf(attribute) {
  const text = attribute.type?.text ?? '';
  const values = [...text.matchAll(/'([^']+)'/g)].map((match) => match[1]);
  if (values.length) return values;
  const listed = attribute.description?.match(/`([a-z0-9-]+)`/g);
  return listed && /:\s*`/.test(attribute.description) ? listed.map((value) => value.slice(1, -1)) : [];
}

const docsUrl = (tag) => `https://www.npmjs.com/package/${pkg.name}#${tag.replace(/^haven-/, 'haven-')}`;

// VS Code: "html.customData": ["./node_modules/haven-widgets/dist/vscode.html-custom-data.json"]
const vscode = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: [element.summary, element.description].filter(Boolean).join('\n\n'),
    attributes: (element.attributes ?? []).map((attribute) => {
      const values = valuesOf(attribute);
      return {
        name: attribute.name,
        description: attribute.description ?? '',
        ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
        ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      };
    }),
    references: [{ name: 'Documentation', url: docsUrl(element.tagName) }],
  })),
};
writeFileSync(new URL('vscode.html-custom-data.json', dist), `${JSON.stringify(vscode, null, 2)}\n`);

// JetBrains IDEs read "web-types" from package.json.
const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: element.summary ?? element.description ?? '',
        'doc-url': docsUrl(element.tagName),
        attributes: (element.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          description: attribute.description ?? '',
          value: { type: attribute.type?.text ?? 'string' },
        })),
        events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
      })),
    },
  },
};
writeFileSync(new URL('web-types.json', dist), `${JSON.stringify(webTypes, null, 2)}\n`);

// JSX: attributes as typed props (kebab-case, as written in markup: React 19 sets a prop as a
// property when the element has one by that name, otherwise as an attribute), `i18n-*`
// overrides, and each `haven-*` event as an `on<event-name>` prop (React 19 adds it with
// addEventListener). An event's detail is typed when its @fires text spells it out as a
// TypeScript object type (`detail: { channel: 'call' | … }`); otherwise `CustomEvent`.
const tsType = (attribute) => {
  const values = valuesOf(attribute);
  if (values.length) return values.map((value) => `'${value}'`).join(' | ') + ' | (string & {})';
  if (attribute.type?.text === 'boolean') return 'boolean';
  if (/number/.test(attribute.type?.text ?? '')) return 'number | string';
  return 'string';
};
function eventType(event) {
  const detail = event.description?.match(/`detail: (\{[^`]*\})`/)?.[1];
  const members = detail?.slice(1, -1).split(/,(?![^{]*\})/).map((member) => member.trim()).filter(Boolean);
  if (members?.length && members.every((member) => /^[a-zA-Z_$][\w$]*\??: \S/.test(member))) return `CustomEvent<${detail}>`;
  return 'CustomEvent';
}
/** `./quick-exit/quick-exit-tips.js` for the module `dist/quick-exit/quick-exit-tips.js`. */
const modulePathOf = new Map(
  manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, module.path])),
);
const importPath = (element) => `./${modulePathOf.get(element.tagName).replace(/^dist\//, '')}`;
const lines = [
  '// Generated from custom-elements.json by scripts/generate-from-manifest.mjs. Do not edit.',
  "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
  ...elements.map((element) => `import type { ${element.name} } from '${importPath(element)}';`),
  '',
  ...elements.flatMap((element) => [
    `/** Props for \`<${element.tagName}>\` in JSX: its attributes, \`i18n-*\` overrides and DOM events. */`,
    `export interface ${element.name}JSXProps extends DetailedHTMLProps<HTMLAttributes<${element.name}>, ${element.name}> {`,
    ...(element.attributes ?? []).map((attribute) => `  /** ${(attribute.description ?? '').replace(/\*\//g, '* /')} */\n  '${attribute.name}'?: ${tsType(attribute)};`),
    ...(element.events ?? []).map((event) => `  /** \`${event.name}\`: ${(event.description ?? '').replace(/\*\//g, '* /')} */\n  'on${event.name}'?: (event: ${eventType(event)}) => void;`),
    '  [i18n: `i18n-${string}`]: string | undefined;',
    '}',
    '',
  ]),
  "declare module 'react' {",
  '  namespace JSX {',
  '    interface IntrinsicElements {',
  ...elements.map((element) => `      '${element.tagName}': ${element.name}JSXProps;`),
  '    }',
  '  }',
  '}',
  '',
];
writeFileSync(new URL('jsx.d.ts', dist), lines.join('\n'));
console.log(`Generated editor data and JSX types for ${elements.map((element) => element.tagName).join(', ')}.`);
