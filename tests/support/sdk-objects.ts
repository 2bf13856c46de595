/** Typed access to scripts/graph-fields/sdk-objects.cjs: Graph objects as Meta's generated SDK defines them. */
import { createRequire } from 'node:module';

export interface SdkObject {
  readonly className: string;
  readonly fields: readonly string[];
  /** Edge name → the SDK class it returns (`accounts` → `Page`). */
  readonly edges: Readonly<Record<string, string>>;
  /** Edges the SDK can DELETE (`deleteEdge('/permissions')`). */
  readonly deletableEdges: readonly string[];
}

const load = createRequire(__filename);
const loader = load('../../scripts/graph-fields/sdk-objects.cjs') as {
  readSdkObject(file: string): SdkObject;
  sdkLocation(): { objectsDir: string; version: string };
  sdkGraphVersion(): string;
};
const generator = load('../../scripts/graph-fields/generate-graph-fields.cjs') as { buildGraphFields(): unknown; GRAPH_FIELDS_JSON: string };

/** One SDK object by its file name (`page.js`, `ig-user.js`, `user.js`). */
export const readSdkObject = (file: string): SdkObject => loader.readSdkObject(file);

/** The Graph version the SDK calls (FacebookAdsApi.VERSION), e.g. "v24.0". */
export const sdkGraphVersion = (): string => loader.sdkGraphVersion();

/** The SDK package version, e.g. "24.0.1". */
export const sdkPackageVersion = (): string => loader.sdkLocation().version;

/** The SDK file of a class name: `IGUser` → `ig-user.js`, `Page` → `page.js` (the SDK's own naming). */
export function sdkFileOf(className: string): string {
  return `${className
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()}.js`;
}

/** What the generator would write now, and where the checked-in copy lives. */
export const sdkGraphFields = (): unknown => generator.buildGraphFields();
export const GRAPH_FIELDS_JSON = generator.GRAPH_FIELDS_JSON;
