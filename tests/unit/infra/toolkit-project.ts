import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { parse } from 'yaml';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

export function repoFile(relativePath: string): string {
  return readFileSync(path.join(REPO_ROOT, relativePath), 'utf8');
}

export function readEnvFile(relativePath: string): Record<string, string> {
  return parseEnv(repoFile(relativePath)) as Record<string, string>;
}

/** The `${{NAME}}` placeholders of a text, in order, without repeats. */
export function placeholdersIn(text: string): string[] {
  return [
    ...new Set([...text.matchAll(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)].map((match) => match[1]!)),
  ];
}

export type Lifecycle = 'provision' | 'deploy' | 'publish';
export const LIFECYCLES: readonly Lifecycle[] = ['provision', 'deploy', 'publish'];

export interface ToolkitStep {
  lifecycle: Lifecycle;
  index: number;
  uses: string;
  with: Record<string, unknown>;
  writeToEnvironmentFile: Record<string, string>;
  /** The step as text, for its own placeholders. */
  text: string;
}

export interface ToolkitProject {
  version: string;
  environmentFolderPath?: string;
  steps: ToolkitStep[];
}

export function readToolkitProject(relativePath = 'm365agents.yml'): ToolkitProject {
  const document = parse(repoFile(relativePath)) as Record<string, unknown>;
  const steps: ToolkitStep[] = [];
  for (const lifecycle of LIFECYCLES) {
    const list = (document[lifecycle] ?? []) as Record<string, unknown>[];
    list.forEach((step, index) => {
      steps.push({
        lifecycle,
        index,
        uses: String(step.uses),
        with: (step.with ?? {}) as Record<string, unknown>,
        writeToEnvironmentFile: (step.writeToEnvironmentFile ?? {}) as Record<string, string>,
        text: JSON.stringify(step),
      });
    });
  }
  return {
    version: String(document.version),
    environmentFolderPath: document.environmentFolderPath as string | undefined,
    steps,
  };
}

/**
 * The files a step reads and fills placeholders in: ARM parameter files, the Entra app manifest, the Teams
 * app manifest and the localization files it names. Paths are relative to the repository root.
 */
export function filesReadBy(step: ToolkitStep): string[] {
  const normalize = (file: string) => path.posix.normalize(file.replace(/^\.\//, ''));
  switch (step.uses) {
    case 'arm/deploy': {
      const templates = (step.with.templates ?? []) as { path: string; parameters?: string }[];
      return templates.flatMap((template) => (template.parameters ? [normalize(template.parameters)] : []));
    }
    case 'aadApp/update':
      return [normalize(String(step.with.manifestPath))];
    case 'teamsApp/validateManifest':
    case 'teamsApp/zipAppPackage': {
      const manifest = normalize(String(step.with.manifestPath));
      return [manifest, ...localizationFiles(manifest)];
    }
    default:
      return [];
  }
}

function localizationFiles(manifestPath: string): string[] {
  if (!existsSync(path.join(REPO_ROOT, manifestPath))) return [];
  const manifest = JSON.parse(repoFile(manifestPath)) as {
    localizationInfo?: { additionalLanguages?: { file: string }[] };
  };
  const folder = path.posix.dirname(manifestPath);
  return (manifest.localizationInfo?.additionalLanguages ?? [])
    .map((language) => path.posix.join(folder, language.file))
    .filter((file) => existsSync(path.join(REPO_ROOT, file)));
}
